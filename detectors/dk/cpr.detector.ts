import type { Finding } from '../core/finding';
import { nearestLabel } from '../core/context';
import { wordsBefore } from '../core/chars';
import { validate } from './cpr';

/** `DDMMYY-SSSS`, `DDMMYYSSSS`, `DDMMYY SSSS`, `DD.MM.YY-SSSS`, `DDMMYY / SSSS`. */
const PATTERN = /(?<![\d\-+.,/])\d\d[ .]?\d\d[ .]?\d\d(?: ?[-/.] ?|[ ]|\s?\r?\n)?\d{4}(?![\d]|[.,\-/]\d)/g;

/** A CPR label close by (os2datascanner: "cpr" within a few words gives certainty). */
const CPR_LABEL = /(cpr|personn(umme)?r|pers\.\s?nr)/;

export const id = 'dk.cpr';

export function detect(text: string): Finding[] {
  const out: Finding[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const raw = m[0];
    const r = validate(raw);
    if (!r) continue;
    const label = nearestLabel(text, m.index);
    const cprLabel = CPR_LABEL.test(wordsBefore(text, m.index, 4, 40));
    if (label === 'other' && !CPR_LABEL.test(wordsBefore(text, m.index, 2, 20))) continue;
    let score: number;
    if (r.mod11) score = raw.length === 10 ? 0.8 : 0.92;
    else if (r.exemptDate) score = 0.75;
    else score = cprLabel ? 0.7 : 0;
    if (cprLabel || label === 'id') score = Math.max(score, 0.99);
    if (score < 0.5) continue;
    out.push({ kind: 'id.dk', start: m.index, end: m.index + raw.length, score, detector: id, variant: 'cpr' });
  }
  return out;
}
