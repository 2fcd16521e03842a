import type { Finding } from '../core/finding';
import { compact, validate } from './fodselsnummer';

/** DDMMYY IIIKK with optional space/hyphen/dot separators, never inside a longer digit run. */
const PATTERN = /(?<![\d])\d{2}[ .\-]?\d{2}[ .\-]?\d{2}[ \-]?\d{3} ?\d{2}(?![\d])/g;

/** Label words that make an 11-digit number something other than a person's ID. */
const NEGATIVE_CONTEXT = /(konto|kontonr|iban|kid|faktura|org\.?\s?nr|organisasjonsnummer|ordre)\W{0,3}[:.]?\s*$/i;

export function detectNorwegianId(text: string): Finding[] {
  const out: Finding[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const start = m.index;
    const result = validate(compact(m[0]));
    if (!result) continue;
    const before = text.slice(Math.max(0, start - 30), start);
    if (NEGATIVE_CONTEXT.test(before)) continue;
    out.push({
      kind: 'id.no', start, end: start + m[0].length,
      score: result.classic ? 0.99 : 0.85,
      detector: 'no.fodselsnummer', variant: result.variant,
    });
  }
  return out;
}
