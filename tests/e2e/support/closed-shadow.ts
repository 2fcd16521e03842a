import type { CDPSession, Page } from 'puppeteer-core';

/**
 * Puppeteer cannot reach into a closed shadow root (neither `pierce/` nor `>>>`), and the page
 * can't either: that is the point. The DevTools protocol can. These helpers find nodes inside
 * Varsam's closed root and click them with real (trusted) mouse events.
 */
async function shadowRootOf(cdp: CDPSession, hostSelector: string): Promise<number | undefined> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector: hostSelector });
  if (!nodeId) return undefined;
  const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
  const shadow = node.shadowRoots?.[0];
  if (!shadow) return undefined;
  const { nodeIds } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [shadow.backendNodeId] });
  return nodeIds[0];
}

export const DIALOG_HOST = 'varsam-dialog';

export class VarsamDialog {
  private constructor(private page: Page, private cdp: CDPSession, private host: string) {}

  /** `host`: the custom element that holds the closed root (default: the warning dialog). */
  static async attach(page: Page, host = DIALOG_HOST): Promise<VarsamDialog> {
    return new VarsamDialog(page, await page.createCDPSession(), host);
  }

  async isOpen(): Promise<boolean> {
    return (await shadowRootOf(this.cdp, this.host)) !== undefined;
  }

  async waitOpen(timeout = 5000): Promise<void> {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (await this.isOpen()) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('Varsam dialog did not open');
  }

  private async nodeId(selector: string): Promise<number> {
    const root = await shadowRootOf(this.cdp, this.host);
    if (!root) throw new Error('Varsam dialog is not open');
    const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: root, selector });
    if (!nodeId) throw new Error(`No ${selector} in the Varsam dialog`);
    return nodeId;
  }

  /** outerHTML of an element inside the dialog. */
  async html(selector = '[role="alertdialog"]'): Promise<string> {
    const { outerHTML } = await this.cdp.send('DOM.getOuterHTML', { nodeId: await this.nodeId(selector) });
    return outerHTML;
  }

  async attribute(selector: string, name: string): Promise<string | undefined> {
    const { attributes } = await this.cdp.send('DOM.getAttributes', { nodeId: await this.nodeId(selector) });
    const i = attributes.indexOf(name);
    return i === -1 ? undefined : attributes[i + 1];
  }

  /** Text of an element inside the dialog (tags stripped). */
  async text(selector = '[role="alertdialog"]'): Promise<string> {
    return (await this.html(selector)).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  }

  /** A trusted mouse click in the middle of an element inside the dialog. */
  async click(selector: string): Promise<void> {
    const nodeId = await this.nodeId(selector);
    // A long dialog scrolls: bring the element into view first, as a user would.
    await this.cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId }).catch(() => undefined);
    const { model } = await this.cdp.send('DOM.getBoxModel', { nodeId });
    const [x1, y1, , , x3, y3] = model.content;
    await this.page.mouse.click((x1! + x3!) / 2, (y1! + y3!) / 2);
  }

  /** The id of the focused element inside the dialog (via the accessibility tree). */
  async focusedName(): Promise<string | undefined> {
    const snapshot = await this.page.accessibility.snapshot({ interestingOnly: false });
    const find = (n: typeof snapshot): string | undefined => {
      if (!n) return undefined;
      if (n.focused) return n.name;
      for (const c of n.children ?? []) { const r = find(c); if (r !== undefined) return r; }
      return undefined;
    };
    return find(snapshot);
  }
}
