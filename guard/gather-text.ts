/** Reads what an action is about to send: the text of the form or composer a control belongs to. */
import { closestComposed, deepQueryAll, parentOrHost } from './dom';

const EDITABLE_SELECTOR = [
  'textarea',
  'input:not([type])', 'input[type="text"]', 'input[type="email"]', 'input[type="tel"]',
  'input[type="search"]', 'input[type="url"]',
  '[contenteditable=""]', '[contenteditable="true"]', '[contenteditable="plaintext-only"]',
  '[role="textbox"]', 'iframe',
].join(',');

/** The editable fields of a same-origin editor iframe (TinyMCE, CKEditor 4, the block editor's canvas). */
function frameFields(frame: HTMLIFrameElement): HTMLElement[] {
  try {
    const doc = frame.contentDocument;
    if (!doc?.body) return [];
    if (doc.designMode === 'on' || doc.body.isContentEditable) return [doc.body];
    return editableFields(doc.body);
  } catch {
    return []; // cross-origin: that frame's own content script guards it
  }
}

/** Editable fields under `root` (open shadow roots and same-origin editor frames included), outermost only. */
export function editableFields(root: ParentNode, selector = EDITABLE_SELECTOR): HTMLElement[] {
  const found = deepQueryAll<HTMLElement>(root, selector).flatMap((el) => {
    if (el.localName === 'iframe') return frameFields(el as HTMLIFrameElement);
    return [el];
  });
  return found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
}

/**
 * Autocomplete tokens of fields where people give their own details (sign-up, checkout,
 * contact forms): not what a school publishes about children, so not checked.
 */
const OWN_DETAILS = /\b(name|given-name|family-name|additional-name|nickname|username|email|tel|tel-national|street-address|address-line\d|postal-code|address-level\d|organization|bday(-day|-month|-year)?|cc-[a-z-]+|one-time-code)\b/;

export function textOfField(el: HTMLElement): string {
  if ((el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && OWN_DETAILS.test(el.autocomplete || el.getAttribute('autocomplete') || '')) return '';
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) return el.value;
  return el.innerText ?? el.textContent ?? '';
}

const hasFields = (el: ParentNode) => editableFields(el).length > 0;

/**
 * The container a control acts on: the adapter's composer, else its form, dialog or the
 * nearest ancestor that holds editable fields (crossing open shadow roots). Falls back to the
 * whole document.
 */
export function containerOf(control: Element, composer?: string): ParentNode {
  if (composer) {
    const c = closestComposed(control, composer);
    if (c && hasFields(c)) return c;
  }
  const explicit = closestComposed(control, 'form, dialog, [role="dialog"]');
  if (explicit && hasFields(explicit)) return explicit;
  if (control instanceof HTMLButtonElement || control instanceof HTMLInputElement) {
    const form = control.form;
    if (form && hasFields(form)) return form;
  }
  for (let el = parentOrHost(control); el && el !== document.body && el !== document.documentElement; el = parentOrHost(el)) {
    if (hasFields(el)) return el;
  }
  return document;
}

/** All text in the fields of the control's container, one field per line. */
export function gatherText(control: Element, composer?: string, textSelector?: string): string {
  const container = containerOf(control, composer);
  return fieldsText(container, textSelector);
}

export function fieldsText(container: ParentNode, textSelector?: string): string {
  let fields = textSelector ? editableFields(container, textSelector) : [];
  if (fields.length === 0) fields = editableFields(container);
  return fields.map(textOfField).filter((t) => t.trim()).join('\n');
}
