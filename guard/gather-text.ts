/** Reads what an action is about to send: the text of the form or composer a control belongs to. */

const EDITABLE_SELECTOR = [
  'textarea',
  'input:not([type])', 'input[type="text"]', 'input[type="email"]', 'input[type="tel"]',
  'input[type="search"]', 'input[type="url"]',
  '[contenteditable=""]', '[contenteditable="true"]', '[contenteditable="plaintext-only"]',
  '[role="textbox"]',
].join(',');

/** Editable fields under `root`, outermost only (an editor's inner nodes are not counted twice). */
export function editableFields(root: ParentNode): HTMLElement[] {
  const all = [...root.querySelectorAll<HTMLElement>(EDITABLE_SELECTOR)];
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

export function textOfField(el: HTMLElement): string {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return el.innerText ?? el.textContent ?? '';
}

/**
 * The container a control acts on: its form, dialog or composer (the nearest ancestor that
 * holds editable fields). Falls back to the whole document.
 */
export function containerOf(control: Element): ParentNode {
  const explicit = control.closest('form, dialog, [role="dialog"]');
  if (explicit && editableFields(explicit).length > 0) return explicit;
  if (control instanceof HTMLButtonElement || control instanceof HTMLInputElement) {
    const form = control.form;
    if (form && editableFields(form).length > 0) return form;
  }
  for (let el = control.parentElement; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
    if (editableFields(el).length > 0) return el;
  }
  return document;
}

/** All text in the fields of the control's container, one field per line. */
export function gatherText(control: Element): string {
  return editableFields(containerOf(control)).map(textOfField).filter((t) => t.trim()).join('\n');
}
