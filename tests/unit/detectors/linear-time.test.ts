import { describe, expect, it } from 'vitest';
import { scan } from '../../../detectors';

/** Best time of a few runs, in ms (the machine is shared: the best run shows the code, not the load). */
function time(text: string): number {
  let best = Infinity;
  for (let i = 0; i < 5; i++) { const t0 = performance.now(); scan(text); best = Math.min(best, performance.now() - t0); }
  return best;
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
    scan(make(50_000)); // warm up
    const small = time(make(50_000));
    const large = time(make(500_000));
    // Linear: about 10×. Quadratic would be 100×.
    expect(large).toBeLessThan(Math.max(small, 2) * 30);
    expect(large).toBeLessThan(3000);
  });
});

describe('long texts', () => {
  it('are scanned in pieces with offsets into the whole text, and find the same as short ones', () => {
    const letter = 'Hei!\n\nEleven Ola Nordmann, fnr 151086 95088, bor i Storgata 12, 0150 Oslo. Ring 412 34 567.\n\n';
    const text = letter.repeat(40000); // ≈ 3.7 M characters: several pieces
    const one = scan(letter).map((f) => [f.kind, letter.slice(f.start, f.end)]);
    const found = scan(text);
    expect(found.length).toBe(one.length * 40000);
    for (let i = 0; i < found.length; i += 997) {
      const f = found[i]!;
      expect([f.kind, text.slice(f.start, f.end)]).toEqual(one[i % one.length]);
    }
  });
});
