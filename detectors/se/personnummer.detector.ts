import type { Finding } from '../core/finding';
import { nearestLabel } from '../core/context';
import { validate } from './personnummer';

/**
 * `YYMMDD-NNNC`, `YYMMDD+NNNC`, `YYYYMMDD-NNNC`, `YYYYMMDDNNNC`, `YYMMDDNNNC`, `YYMMDD NNNC`,
 * `YYMMDD-TNNN`. Fixed groups, optional single separator.
 */
const PATTERN = /(?<![\d\-+.,/])(?:1[89]|20)?\d{6}(?:[-+ ]|\s?\r?\n)?(?:\d{3}|[TRSUWXJKLMN]\d\d)\d(?![\d]|[.,\-/]\d)/g;

export const id = 'se.personnummer';

export function detect(text: string, today?: Date): Finding[] {
  const out: Finding[] = [];
  const year = (today ?? new Date()).getFullYear();
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const raw = m[0];
    const result = validate(raw, year);
    if (!result) continue;
    const label = nearestLabel(text, m.index);
    const sep = /[-+]/.test(raw);
    const long = raw.replace(/\D/g, '').length === 12 || /^\d{8}/.test(raw);
    let score = long ? 0.95 : sep ? 0.92 : raw.includes(' ') ? 0.8 : 0.75;
    // A 10-digit run starting with 0 without separator is most often a phone number (070…).
    if (!sep && !long && raw.startsWith('0')) score = 0.5;
    if (label === 'id') score = 0.99;
    // Sole traders use their personnummer as organisation number: still personal data, less sure.
    if (label === 'other') { if (score < 0.9) continue; score = 0.6; }
    out.push({ kind: 'id.se', start: m.index, end: m.index + raw.length, score, detector: id, variant: result.variant });
  }
  return out;
}
