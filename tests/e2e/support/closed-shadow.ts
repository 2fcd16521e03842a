import type { CDPSession, Page } from 'puppeteer-core';

/**
 * Puppeteer cannot reach into a closed shadow root (neither `pierce/` nor `>>>`), and the page
 * can't either: that is the point. The DevTools protocol can. These helpers find nodes inside
 * Varsam's closed root and click them with real (trusted) mouse events.
 */
async function shadowRootsOf(cdp: CDPSession, hostSelector: string): Promise<number[]> {
  // The page may change the DOM between the calls (node ids go stale): ask again from the top.
  for (let attempt = 1; ; attempt++) {
    try {
      return await shadowRootsOnce(cdp, hostSelector);
    } catch (error) {
      if (attempt >= 3 || !/Could not find node/.test(String(error))) throw error;
    }
  }
}

async function shadowRootsOnce(cdp: CDPSession, hostSelector: string): Promise<number[]> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: hostSelector });
  const roots: number[] = [];
  for (const nodeId of nodeIds) {
    const { node } = await cdp.send('DOM.describeNode', { nodeId, depth: 1, pierce: true });
    const shadow = node.shadowRoots?.[0];
    if (!shadow) continue;
    const { nodeIds: pushed } = await cdp.send('DOM.pushNodesByBackendIdsToFrontend', { backendNodeIds: [shadow.backendNodeId] });
    if (pushed[0]) roots.push(pushed[0]);
  }
  return roots;
}

export const DIALOG_HOST = 'varsam-dialog';

export class VarsamDialog {
  private constructor(private page: Page, private cdp: CDPSession, private host: string) {}

  /** `host`: the custom element that holds the closed root (default: the warning dialog). */
  static async attach(page: Page, host = DIALOG_HOST): Promise<VarsamDialog> {
    return new VarsamDialog(page, await page.createCDPSession(), host);
  }

  /** Whether any Varsam host of this kind is on the page (the warning dialog or the file status). */
  async isOpen(): Promise<boolean> {
    return (await shadowRootsOf(this.cdp, this.host)).length > 0;
  }

  /** Whether `selector` is inside one of the hosts. */
  async has(selector: string): Promise<boolean> {
    return (await this.find(selector)) !== undefined;
  }

  /**
   * Waits for the warning dialog (an alertdialog). The "checking the file" status shares the
   * host but does not count; for other hosts (notes), any content counts.
   */
  async waitOpen(timeout = 5000): Promise<void> {
    await this.waitFor(this.host === DIALOG_HOST ? '[role="alertdialog"]' : '*', timeout, 'Varsam dialog did not open');
  }

  /** Waits for the status shown while a file is being checked. */
  async waitChecking(timeout = 5000): Promise<void> {
    await this.waitFor('#varsam-check-stage', timeout, 'Varsam did not show the file check status');
  }

  private async waitFor(selector: string, timeout: number, message: string): Promise<void> {
    const end = Date.now() + timeout;
    while (Date.now() < end) {
      if (await this.has(selector)) return;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(message);
  }

  private async find(selector: string): Promise<number | undefined> {
    for (const root of await shadowRootsOf(this.cdp, this.host)) {
      const { nodeId } = await this.cdp.send('DOM.querySelector', { nodeId: root, selector });
      if (nodeId) return nodeId;
    }
    return undefined;
  }

  private async nodeId(selector: string): Promise<number> {
    const nodeId = await this.find(selector);
    if (nodeId === undefined) {
      if (!(await this.isOpen())) throw new Error('Varsam dialog is not open');
      throw new Error(`No ${selector} in the Varsam dialog`);
    }
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
