import { describe, expect, it } from 'vitest';
import { validate } from '../../../detectors/fi/hetu';
import { scan } from '../../../detectors';

describe('Finnish HETU', () => {
  it('validates the check character and the century signs, including the 2023 letters', () => {
    expect(validate('131052-308T')?.year).toBe(1952);
    expect(validate('131052A308T')?.year).toBe(2052);
    expect(validate('131052-308U')).toBeNull();
    // Same date and individual number, every 1900s and 2000s sign gives the same check character.
    for (const sign of 'YXWVU') expect(validate(`131052${sign}308T`)?.year).toBe(1952);
    for (const sign of 'BCDEF') expect(validate(`131052${sign}308T`)?.year).toBe(2052);
  });
  it('is found in text', () => {
    const text = 'Henkilötunnus 131052-308T.';
    const [f] = scan(text);
    expect(f).toMatchObject({ kind: 'id.fi', variant: 'hetu' });
    expect(text.slice(f!.start, f!.end)).toBe('131052-308T');
  });
});
