/**
 * A practical subset of the accessible-name computation (W3C accname) for buttons and links:
 * aria-labelledby, aria-label, text content, value, title.
 */
export function accessibleName(el: Element): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const text = labelledBy.split(/\s+/)
      .map((id) => root.getElementById?.(id)?.textContent ?? '')
      .join(' ').trim();
    if (text) return text;
  }
  const label = el.getAttribute('aria-label');
  if (label?.trim()) return label;
  if (el instanceof HTMLInputElement) return el.value || el.title || '';
  const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
  if (text.trim()) return text;
  return el.getAttribute('title') ?? '';
}

/** Elements that can be activated like a button. */
export const CONTROL_SELECTOR =
  'button, [role="button"], input[type="submit"], input[type="button"], a[href], [role="menuitem"]';

/** The control an event was aimed at, looking through open shadow roots via composedPath(). */
export function controlOf(event: Event): HTMLElement | undefined {
  for (const node of event.composedPath()) {
    if (node instanceof HTMLElement && node.matches(CONTROL_SELECTOR)) return node;
  }
  return undefined;
}
