import type { Finding } from '../core/finding';
import { nearestLabel } from '../core/context';
import { compact, validate } from './fodselsnummer';

/**
 * DDMMYY IIIKK as people write it: `15108695088`, `151086 95088`, `151086-95088`,
 * `15.10.86 95088`, `15 10 86 950 88`, split over a line break. Fixed-length digit groups with
 * optional single separators: no nested quantifier, so no catastrophic backtracking.
 */
const PATTERN =
  /(?<![\d.,\-/])\d\d[ .\-]?\d\d[ .\-]?\d\d(?:[ \-]|\s?\r?\n\s?)?(?:\d\d\d ?\d\d|\d\d \d\d\d)(?![\d]|[.,\-/]\d)/g;

/** Bank-account grouping NNNN.NN.NNNNN / NNNN NN NNNNN: an account, not a person. */
const ACCOUNT_GROUPING = /^\d{4}[ .]\d\d[ .]\d{5}$/;

/** The country code and check digits of an IBAN right before: `NO93 8601 1117 947`. */
const IBAN_BEFORE = /[A-Z]{2}\d\d ?$/;

export const id = 'no.fodselsnummer';

export function detect(text: string): Finding[] {
  const out: Finding[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const raw = m[0];
    if (ACCOUNT_GROUPING.test(raw) || IBAN_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))) continue;
    const result = validate(raw.length === 11 ? raw : compact(raw));
    if (!result) continue;
    const label = nearestLabel(text, m.index);
    if (label === 'other') continue;
    let score = result.classic ? 0.97 : 0.8;
    if (result.variant === 'fh') score = result.classic ? 0.85 : 0.6;
    if (label === 'id') score = Math.max(score, 0.99);
    out.push({ kind: 'id.no', start: m.index, end: m.index + raw.length, score, detector: id, variant: result.variant });
  }
  return out;
}

/** @deprecated name kept for older imports. */
export const detectNorwegianId = detect;
