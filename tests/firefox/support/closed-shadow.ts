import type { Page } from 'puppeteer-core';

/**
 * Varsam's dialog lives in a closed shadow root: neither the page nor Puppeteer's selectors can
 * reach it, and Firefox has no DevTools protocol. WebDriver BiDi can: its node serialisation
 * with `includeShadowTree: "all"` hands out a reference to closed shadow roots too, which can be
 * passed back into a function. Nothing in the extension changes for this.
 */
interface RemoteValue { type: string; value?: unknown; sharedId?: string }
interface Bidi { send(method: string, params: object): Promise<{ result: { type: string; result?: RemoteValue; exceptionDetails?: { text: string } } }> }

export const DIALOG_HOST = 'varsam-dialog';

export class FirefoxDialog {
  constructor(private page: Page, private host = DIALOG_HOST) {}

  private get bidi(): Bidi {
    return (this.page.browser() as unknown as { connection: Bidi }).connection;
  }

  private get context(): string {
    return (this.page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
  }

  private async call(fn: string, args: object[], options: object = {}): Promise<RemoteValue> {
    const { result } = await this.bidi.send('script.callFunction', {
      functionDeclaration: fn, awaitPromise: true, target: { context: this.context }, arguments: args, ...options,
    });
    if (result.type === 'exception') throw new Error(`in the page: ${result.exceptionDetails?.text}`);
    return result.result!;
  }

  /** A reference to the host's (closed) shadow root, or undefined when the dialog is not there. */
  private async root(): Promise<RemoteValue | undefined> {
    const host = await this.call(`(sel) => document.querySelector(sel)`, [{ type: 'string', value: this.host }], {
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    if (host.type !== 'node') return undefined;
    const shadow = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
    return shadow?.sharedId ? { type: 'node', sharedId: shadow.sharedId } : undefined;
  }

  async isOpen(): Promise<boolean> {
    return (await this.root()) !== undefined;
  }

  async waitOpen(timeout = 5000): Promise<void> {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (await this.isOpen()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('Varsam dialog did not open');
  }

  private async inRoot(fn: string, selector: string): Promise<unknown> {
    const root = await this.root();
    if (!root) throw new Error('Varsam dialog is not open');
    const out = await this.call(fn, [{ sharedId: root.sharedId }, { type: 'string', value: selector }]);
    return out.value;
  }

  /** Text of an element inside the dialog (whitespace collapsed). */
  async text(selector = '[role="alertdialog"]'): Promise<string> {
    const text = await this.inRoot(`(root, sel) => { const el = root.querySelector(sel); if (!el) throw new Error('no ' + sel); return el.textContent; }`, selector);
    return String(text).replace(/\s+/g, ' ').trim();
  }

  /** An attribute of an element inside the dialog (undefined when it is not set). */
  async attribute(selector: string, name: string): Promise<string | undefined> {
    const root = await this.root();
    if (!root) throw new Error('Varsam dialog is not open');
    const out = await this.call(`(root, sel, name) => { const el = root.querySelector(sel); if (!el) throw new Error('no ' + sel); return el.getAttribute(name) ?? undefined; }`,
      [{ sharedId: root.sharedId }, { type: 'string', value: selector }, { type: 'string', value: name }]);
    return out.type === 'string' ? String(out.value) : undefined;
  }

  /** A real (trusted) mouse click in the middle of an element inside the dialog. */
  async click(selector: string): Promise<void> {
    const box = await this.inRoot(`(root, sel) => {
      const el = root.querySelector(sel);
      if (!el) throw new Error('no ' + sel);
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return JSON.stringify({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    }`, selector);
    const { x, y } = JSON.parse(String(box)) as { x: number; y: number };
    await this.page.mouse.click(x, y);
  }
}
