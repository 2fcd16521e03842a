import type { Page } from 'puppeteer-core';

/**
 * Varsam's dialog lives in a closed shadow root: neither the page nor Puppeteer's selectors can
 * reach it, and Firefox has no DevTools protocol. WebDriver BiDi can: its node serialisation
 * with `includeShadowTree: "all"` hands out references to closed shadow roots too, which can be
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

  /** References to the (closed) shadow roots of every host on the page. */
  private async roots(): Promise<RemoteValue[]> {
    const hosts = await this.call(`(sel) => [...document.querySelectorAll(sel)]`, [{ type: 'string', value: this.host }], {
      serializationOptions: { maxDomDepth: 0, includeShadowTree: 'all' },
    });
    const out: RemoteValue[] = [];
    for (const host of (hosts.value as RemoteValue[] | undefined) ?? []) {
      const shadow = (host.value as { shadowRoot?: RemoteValue | null } | undefined)?.shadowRoot;
      if (shadow?.sharedId) out.push({ type: 'node', sharedId: shadow.sharedId });
    }
    return out;
  }

  /** Runs `fn(root, selector, ...more)` in the first root that has `selector`; undefined when none has. */
  private async inRoot(selector: string, fn: string, more: string[] = []): Promise<RemoteValue | undefined> {
    for (const root of await this.roots()) {
      const out = await this.call(`(root, sel, ...more) => { const el = root.querySelector(sel); return el ? [(${fn})(el, ...more)] : null; }`,
        [{ sharedId: root.sharedId }, { type: 'string', value: selector }, ...more.map((value) => ({ type: 'string', value }))]);
      if (out.type === 'array') return (out.value as RemoteValue[])[0];
    }
    return undefined;
  }

  private async need(selector: string, fn: string, more: string[] = []): Promise<RemoteValue> {
    const out = await this.inRoot(selector, fn, more);
    if (!out) throw new Error(`No ${selector} in the Varsam dialog`);
    return out;
  }

  /** Whether `selector` is inside one of the hosts. */
  async has(selector: string): Promise<boolean> {
    return (await this.inRoot(selector, '() => true')) !== undefined;
  }

  /** Whether the warning dialog (an alertdialog) is open; a "checking the file" status does not count. */
  async isOpen(): Promise<boolean> {
    return this.has(this.host === DIALOG_HOST ? '[role="alertdialog"]' : '*');
  }

  async waitOpen(timeout = 5000): Promise<void> {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (await this.isOpen()) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('Varsam dialog did not open');
  }

  /** Text of an element inside the dialog (whitespace collapsed). */
  async text(selector = '[role="alertdialog"]'): Promise<string> {
    const out = await this.need(selector, '(el) => el.textContent');
    return String(out.value).replace(/\s+/g, ' ').trim();
  }

  /** An attribute of an element inside the dialog (undefined when it is not set). */
  async attribute(selector: string, name: string): Promise<string | undefined> {
    const out = await this.need(selector, '(el, name) => el.getAttribute(name)', [name]);
    return out.type === 'string' ? String(out.value) : undefined;
  }

  /** A real (trusted) mouse click in the middle of an element inside the dialog. */
  async click(selector: string): Promise<void> {
    const out = await this.need(selector, `(el) => {
      el.scrollIntoView({ block: 'center' });
      const r = el.getBoundingClientRect();
      return JSON.stringify({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    }`);
    const { x, y } = JSON.parse(String(out.value)) as { x: number; y: number };
    await this.page.mouse.click(x, y);
  }
}
