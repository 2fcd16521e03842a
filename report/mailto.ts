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

/**
 * Fills the security mailbox's subject template: `{unit}` (also `<unit>`), `{site}` (the host)
 * and `{kinds}` (the kinds of data, by name). Never values: the subject is not encrypted.
 */
export function fillSubject(template: string, fill: string | { unit?: string; site?: string; kinds?: string }): string {
  const v = typeof fill === 'string' ? { unit: fill } : fill;
  return template
    .replace(/\{unit\}|<unit>|<enhet>|<enhed>/gi, (v.unit ?? '').trim())
    .replace(/\{site\}/gi, (v.site ?? '').trim())
    .replace(/\{kinds\}/gi, (v.kinds ?? '').trim())
    .replace(/\(\s*\)/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*[–:-]\s*$/, '')
    .trim();
}
