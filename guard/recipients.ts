/** E-mail recipients as a compose window shows them (chips, inputs), and the organisation check. */
import { deepQueryAll, labelOf } from './dom';

export interface Recipients { to: string[]; cc: string[]; bcc: string[] }

const EMAIL = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

export function addressesOf(el: Element): string[] {
  const sources = [
    el.getAttribute('email'), el.getAttribute('data-hovercard-id'), el.getAttribute('data-email'),
    el.getAttribute('title'), el.getAttribute('aria-label'),
    el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : null,
    el.textContent,
  ];
  for (const s of sources) {
    const found = s?.match(EMAIL);
    if (found?.length) return found.map((a) => a.toLowerCase());
  }
  return [];
}

const FIELD = 'input, textarea, [contenteditable="true"], [role="combobox"], [role="textbox"]';
const LABELS: Record<keyof Recipients, RegExp> = {
  to: /^(to|til|till|mottaker(e)?|mottagare|modtager(e)?|recipients?)\b/i,
  cc: /^(cc|kopi|kopia|kopi til|kopia till)\b/i,
  bcc: /^(bcc|blindkopi|blindkopia|bcc til)\b/i,
};
export const SUBJECT_LABEL = /^(subject|emne|ämne|tittel|rubrik|overskrift|add a subject)\b/i;

/** Recipients by the adapter's selectors, else by fields labelled To/Til/Till, Cc/Kopi, Bcc/Blindkopi. */
export function gatherRecipients(container: ParentNode, selectors?: { to?: string; cc?: string; bcc?: string }): Recipients | undefined {
  const out: Recipients = { to: [], cc: [], bcc: [] };
  let any = false;
  const fields = (['to', 'cc', 'bcc'] as const);
  if (selectors) {
    for (const f of fields) {
      const sel = selectors[f];
      if (!sel) continue;
      for (const el of deepQueryAll(container, sel)) { out[f].push(...addressesOf(el)); any = true; }
    }
  }
  if (!any) {
    for (const el of deepQueryAll<HTMLElement>(container, FIELD)) {
      const label = labelOf(el) || el.getAttribute('name') || '';
      const f = fields.find((k) => LABELS[k].test(label.trim()) || el.getAttribute('name') === k);
      if (!f) continue;
      any = true;
      out[f].push(...addressesOf(el));
    }
  }
  if (!any) return undefined;
  for (const f of fields) out[f] = [...new Set(out[f])];
  return out;
}

export function isInternal(address: string, orgDomains: string[]): boolean {
  const domain = address.split('@')[1]?.toLowerCase() ?? '';
  return orgDomains.some((d) => domain === d || domain.endsWith(`.${d}`));
}

/** The subject field of a compose form, by selector or label. */
export function subjectField(container: ParentNode, selector?: string): HTMLInputElement | undefined {
  if (selector) {
    const el = deepQueryAll<HTMLInputElement>(container, selector)[0];
    if (el) return el;
  }
  return deepQueryAll<HTMLInputElement>(container, 'input').find((el) => SUBJECT_LABEL.test(labelOf(el)) || el.name === 'subject');
}
