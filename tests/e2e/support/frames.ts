import type { CDPSession, Page } from 'puppeteer-core';

interface DomNode { nodeName: string; backendNodeId: number; children?: DomNode[]; shadowRoots?: DomNode[]; contentDocument?: DomNode }

function find(node: DomNode, name: string): DomNode | undefined {
  if (node.nodeName === name) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const hit = find(child, name);
    if (hit) return hit;
  }
  return undefined;
}

/** Finds Varsam's dialog in any frame of the page (same-origin iframes run their own guard). */
export class AnyFrameDialog {
  private constructor(private cdp: CDPSession) {}
  static async attach(page: Page) { return new AnyFrameDialog(await page.createCDPSession()); }
  private async host(): Promise<DomNode | undefined> {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    return find(root as unknown as DomNode, 'VARSAM-DIALOG');
  }
  async isOpen(): Promise<boolean> { return (await this.host()) !== undefined; }
  async waitOpen(timeout = 5000): Promise<void> {
    const end = Date.now() + timeout;
    while (Date.now() < end) { if (await this.isOpen()) return; await new Promise((r) => setTimeout(r, 50)); }
    throw new Error('Varsam dialog did not open in any frame');
  }
  async text(): Promise<string> {
    const host = await this.host();
    if (!host) throw new Error('no dialog');
    const { outerHTML } = await this.cdp.send('DOM.getOuterHTML', { backendNodeId: host.shadowRoots![0]!.backendNodeId });
    return outerHTML.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  }
}
