import { scan, maskValue } from '../detectors';

/**
 * A justification is free text a user writes, so it may hold the very data Varsam warned about.
 * Every value a detector finds is masked, and so is any run of six or more digits (with spaces,
 * dots or dashes between them): ID numbers of any country, phone numbers, account numbers.
 * Pure; runs before anything is stored.
 */
const DIGIT_RUN = /\d(?:[\s.\-/]?\d){5,}/g;

export function maskJustification(text: string): string {
  const spans = scan(text, { minScore: 0 }).map((f) => [f.start, f.end] as const);
  for (const m of text.matchAll(DIGIT_RUN)) spans.push([m.index, m.index + m[0].length]);
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + maskValue(text.slice(from, end));
    at = end;
  }
  return (out + text.slice(at)).slice(0, 500);
}
