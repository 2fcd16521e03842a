import { describe, expect, it } from 'vitest';
import { validate, isValid, century } from '../../../detectors/dk/cpr';
import { scan } from '../../../detectors';

const ids = (text: string) => scan(text).filter((f) => f.kind.startsWith('id.'));

describe('Danish CPR validate()', () => {
  it('accepts numbers that pass modulus 11', () => {
    for (const n of ['211062-5629', '1111111118', '2110625629']) expect(validate(n)?.mod11).toBe(true);
  });
  it('accepts the 1 January numbers issued without modulus 11, and only those', () => {
    expect(validate('0101643066')).toMatchObject({ mod11: false, exemptDate: true });
    expect(isValid('0101643066')).toBe(true);
    expect(isValid('1111111119')).toBe(false);
    expect(validate('0101633066')?.exemptDate).toBe(false); // 1963 is not on cpr.dk's list
  });
  it('rejects impossible dates', () => {
    expect(validate('511062-5629')).toBeNull();
    expect(validate('300262-1234')).toBeNull();
  });
  it('applies the century table from the 7th digit', () => {
    expect(century(3, 10)).toBe(1900);
    expect(century(4, 36)).toBe(2000);
    expect(century(4, 37)).toBe(1900);
    expect(century(5, 57)).toBe(2000);
    expect(century(5, 58)).toBe(1800);
    expect(century(9, 36)).toBe(2000);
    expect(century(9, 37)).toBe(1900);
  });
});

describe('scan() and Danish numbers in text', () => {
  it('finds a CPR number in its written forms', () => {
    for (const written of ['211062-5629', '211062 5629', '21.10.62-5629']) {
      const text = `Barnets CPR-nr.: ${written}`;
      expect(ids(text).map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([['id.dk', written]]);
    }
  });
  it('flags a number without modulus 11 only when a CPR label is near', () => {
    expect(ids('Nummer 0202641234 på listen')).toEqual([]);
    expect(ids('CPR: 0202641234')).toHaveLength(1);
  });
  it('does not flag CVR, EAN or P-numbers', () => {
    expect(ids('CVR 13585628 og EAN 5798000012345')).toEqual([]);
    expect(ids('P-nummer 2110625629')).toEqual([]);
  });
});

describe('a 10-digit number valid as both a Danish CPR and a Swedish personnummer', () => {
  const BOTH = '100990-5819';
  it('is read as Danish in Danish text and as Swedish in Swedish text', () => {
    expect(ids(`Barnets nummer: ${BOTH}. Hun går i børnehave og bor hos sin mor.`)[0]?.kind).toBe('id.dk');
    expect(ids(`Barnets nummer: ${BOTH}. Hon går i förskola och bor hos sin mamma.`)[0]?.kind).toBe('id.se');
  });
  it('follows an explicit CPR label', () => {
    expect(ids(`CPR ${BOTH}`)[0]?.kind).toBe('id.dk');
  });
});
