import type { Translate } from '../../locales';

/** A rendered report: headed sections of labelled values, in a chosen order. Turned into text or HTML. */
export interface ReportField { label: string; value: string }
export interface ReportSection { heading: string; fields: ReportField[]; note?: string }
export interface ReportDocument { title: string; sections: ReportSection[]; notes: string[] }

export interface RenderContext {
  t: Translate;
  /** BCP 47 locale for dates, e.g. `nb-NO`. */
  locale: string;
  /** IANA zone the times are shown in, e.g. `Europe/Oslo`. */
  timeZone: string;
  /** The moment of rendering: decides whether the report is late. */
  now: Date;
}

const RULE = (n: number, ch: string) => ch.repeat(Math.max(3, Math.min(n, 72)));

/** Plain text, ready to paste into a form or a mail: label on one line, value on the next. */
export function documentToText(doc: ReportDocument): string {
  const out: string[] = [doc.title, RULE(doc.title.length, '='), ''];
  for (const s of doc.sections) {
    out.push(s.heading, RULE(s.heading.length, '-'));
    if (s.note) out.push(s.note);
    for (const f of s.fields) out.push(`${f.label}:`, f.value.trim() || '—', '');
    if (!s.fields.length) out.push('');
  }
  for (const n of doc.notes) out.push(n, '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** Text of one section only: what the user copies into one box of the authority's form. */
export function sectionToText(section: ReportSection): string {
  return section.fields.map((f) => `${f.label}: ${f.value.trim() || '—'}`).join('\n');
}
