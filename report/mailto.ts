/**
 * `mailto:` links for the internal route. Mail programs and browsers cut long links, so the body
 * is shortened (on a line boundary) with a note when it would pass `maxBody` characters.
 */
export interface MailtoInput {
  to: string[];
  subject: string;
  body: string;
  /** Shown at the end when the body had to be cut. */
  truncatedNote?: string;
  maxBody?: number;
}

export function mailtoLink({ to, subject, body, truncatedNote = '…', maxBody = 1800 }: MailtoInput): string {
  let text = body;
  if (text.length > maxBody) {
    const cut = text.lastIndexOf('\n', maxBody);
    text = `${text.slice(0, cut > 0 ? cut : maxBody).trimEnd()}\n\n${truncatedNote}`;
  }
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  const recipients = to.map((a) => encodeURIComponent(a.trim()).replace(/%40/g, '@')).join(',');
  return `mailto:${recipients}?subject=${enc(subject)}&body=${enc(text)}`;
}

/** Fills the security mailbox's subject template: `{unit}`, `<unit>` or `XunitX`-style placeholders. */
export function fillSubject(template: string, unit: string): string {
  const u = unit.trim();
  return template.replace(/\{unit\}|<unit>|<enhet>|<enhed>|<enhet>/gi, u).replace(/\s+/g, ' ').trim();
}
