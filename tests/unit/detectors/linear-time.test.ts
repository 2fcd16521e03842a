import { describe, expect, it } from 'vitest';
import { scan } from '../../../detectors';

/** Median time of a few runs, in ms. */
function time(text: string): number {
  const t: number[] = [];
  for (let i = 0; i < 5; i++) { const t0 = performance.now(); scan(text); t.push(performance.now() - t0); }
  return t.sort((a, b) => a - b)[2]!;
}

/**
 * Inputs that make backtracking regexes explode: long digit runs, separators between every digit,
 * long words, repeated @, capitalised words without end. Ten times the input must take about ten
 * times as long (generous bound for a shared machine), never the square.
 */
const PATHOLOGICAL: Record<string, (n: number) => string> = {
  'digit run': (n) => '1'.repeat(n),
  'digits with separators': (n) => '1 2-3.4 '.repeat(n / 8),
  'digits and plus signs': (n) => '+4 7'.repeat(n / 4),
  'one long word': (n) => 'a'.repeat(n),
  'at signs': (n) => 'a@a.'.repeat(n / 4),
  'capitalised words': (n) => 'Ola Kari Per '.repeat(n / 13),
  'street-like words': (n) => 'Storgata 1 '.repeat(n / 11),
  'birth cues': (n) => 'født f. født '.repeat(n / 13),
};

describe('scan() is linear in the input', () => {
  it.each(Object.keys(PATHOLOGICAL))('%s', (name) => {
    const make = PATHOLOGICAL[name]!;
    scan(make(20_000)); // warm up
    const small = time(make(20_000));
    const large = time(make(200_000));
    expect(large).toBeLessThan(Math.max(small, 1) * 25);
    expect(large).toBeLessThan(2000);
  });
});
