/** DOM helpers that look through open shadow roots and same-origin frames. */

/** The parent element, or the host of the shadow root this element lives in. */
export function parentOrHost(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** `closest()` that crosses open shadow-root boundaries. */
export function closestComposed<T extends Element = HTMLElement>(el: Element, selector: string): T | null {
  for (let cur: Element | null = el; cur; cur = parentOrHost(cur)) {
    if (cur.matches(selector)) return cur as T;
  }
  return null;
}

/** `querySelectorAll()` that also searches open shadow roots under `root`. */
export function deepQueryAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  const out = [...root.querySelectorAll<T>(selector)];
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) out.push(...deepQueryAll<T>(el.shadowRoot, selector));
  }
  return out;
}

/** `contains()` across open shadow roots. */
export function containsComposed(ancestor: Node, node: Node): boolean {
  for (let cur: Node | null = node; cur; ) {
    if (cur === ancestor) return true;
    cur = cur.parentNode ?? (cur instanceof ShadowRoot ? cur.host : null);
  }
  return false;
}

export const isVisible = (el: Element): boolean =>
  !(el as HTMLElement).hidden && (el.getClientRects().length > 0 || el instanceof HTMLInputElement && el.type === 'file');

/** The text a user reads as the label of a form control (label[for], wrapping label, aria-label(ledby), fieldset legend). */
export function labelOf(el: Element): string {
  const parts: string[] = [];
  const aria = el.getAttribute('aria-label');
  if (aria) parts.push(aria);
  const by = el.getAttribute('aria-labelledby');
  if (by) {
    const root = el.getRootNode() as Document | ShadowRoot;
    for (const id of by.split(/\s+/)) parts.push(root.getElementById?.(id)?.textContent ?? '');
  }
  if ((el as HTMLInputElement).labels) for (const l of (el as HTMLInputElement).labels ?? []) parts.push(l.textContent ?? '');
  const title = el.getAttribute('title');
  if (title) parts.push(title);
  if (parts.join('').trim() === '' && !(el instanceof HTMLInputElement || el instanceof HTMLSelectElement)) {
    parts.push((el as HTMLElement).innerText ?? el.textContent ?? '');
  }
  const legend = el.closest('fieldset')?.querySelector('legend')?.textContent;
  if (legend && (el instanceof HTMLInputElement && (el.type === 'radio'))) parts.push(legend);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
