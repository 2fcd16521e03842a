import type { Finding } from '../core/finding';
import { before } from '../core/context';
import { DATE, parseDate } from './dates';

/**
 * Birth dates: a date is one only when the words before it say so (født, f., fødd, född,
 * fødselsdato, födelsedatum, DOB, born …) — not every date. A date in brackets right after a
 * name is handled in scan(), where names are known.
 */
export const id = 'common.birthdate';

export const BIRTH_CUE =
  /(f[øo]dt|f[øo]dd|född|f[øo]dselsdato|f[øo]dselsdag|födelsedatum|födelsedag|f\.\s?d\.|\bf\.|\bfd\.?|\bdob|date of birth|birth ?date|born|\bb\.|geboren|fødselsår)(\s+(is|er|är|var|was|den|d\.|on|the|dato)){0,2}\s*[:.]?\s*$/;

/** Where to look: the cue words, found first (they are rare), then a date right after them. */
const CUE = /(?:f[øo]d|föd|\bf\.|\bfd\b|\bdob\b|birth|born|\bb\.|geboren)/gi;

export function detect(text: string): Finding[] {
  const out: Finding[] = [];
  CUE.lastIndex = 0;
  let floor = 0;
  for (let c = CUE.exec(text); c; c = CUE.exec(text)) {
    // The date starts within a few words after the cue.
    const from = c.index + c[0].length;
    const seg = text.slice(from, from + 50);
    DATE.lastIndex = 0;
    const m = DATE.exec(seg);
    if (!m) continue;
    const start = from + m.index;
    if (start < floor || !BIRTH_CUE.test(before(text, start, 30))) continue;
    if (!parseDate(m)) continue;
    out.push({ kind: 'birthdate', start, end: start + m[0].length, score: 0.9, detector: id });
    floor = start + m[0].length;
    CUE.lastIndex = Math.max(CUE.lastIndex, floor);
  }
  return out;
}

/** All real dates in `text` (for scan()'s "name (date)" rule). */
export function dates(text: string): { start: number; end: number; year: number }[] {
  const out: { start: number; end: number; year: number }[] = [];
  DATE.lastIndex = 0;
  for (let m = DATE.exec(text); m; m = DATE.exec(text)) {
    const d = parseDate(m);
    if (d) out.push({ start: m.index, end: m.index + m[0].length, year: d.year });
  }
  return out;
}
