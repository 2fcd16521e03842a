import { describe, expect, it } from 'vitest';
import navikt from '../../vectors/no-navikt-cases.json';
import mikaello from '../../vectors/no-valid-mikaello.json';
import { validate } from '../../../detectors/no/fodselsnummer';
import { scan } from '../../../detectors';

const VARIANT: Record<string, string> = { 'dnr-and-hnr': 'dnr-hnr', 'dnr-and-tnr': 'dnr-tnr' };

describe('Norwegian fødselsnummer validate()', () => {
  it.each(navikt.cases)('navikt: $input is $status ($what)', ({ input, status, type }) => {
    const result = validate(input);
    if (status === 'valid') expect(result?.variant).toBe(VARIANT[type!] ?? type);
    else expect(result).toBeNull();
  });

  const allValid = Object.values(mikaello.valid).flat();
  it(`accepts all ${allValid.length} valid numbers from mikaello`, () => {
    const rejected = allValid.filter((n) => validate(n) === null);
    expect(rejected).toEqual([]);
  });

  it('reports D-numbers as dnr', () => {
    for (const n of mikaello.valid.DNumbers) expect(validate(n)?.variant).toMatch(/^dnr/);
  });

  it.each([
    ['15108695077', 'bad K1/K2'], ['26111593817', 'K2'], ['26111593826', 'K1'],
    ['29029900157', '29 Feb in a non-leap year'], ['19575770838', 'month 17'], ['01535612303', 'month 13'],
    ['67047000658', 'checksum'],
  ])('rejects %s (%s)', (n) => expect(validate(n)).toBeNull());

  it('accepts check digits of 0 (the 11 → 0 case)', () => {
    for (const n of ['11111598403', '23114048690', '15021951940']) expect(validate(n)).not.toBeNull();
  });
});

describe('scan() finds Norwegian IDs in text', () => {
  it('finds an ID written with a space, a hyphen or none, with offsets into the text', () => {
    for (const written of ['15108695088', '151086 95088', '151086-95088']) {
      const text = `Eleven Ola Nordmann, fnr ${written}, starter i 3B.`;
      const [f, ...rest] = scan(text).filter((x) => x.kind.startsWith('id.'));
      expect(rest).toEqual([]);
      expect(f).toMatchObject({ kind: 'id.no', variant: 'fnr' });
      expect(text.slice(f!.start, f!.end)).toBe(written);
    }
  });

  it('finds the forms people write: dots, groups of two and three, a line break, a table cell', () => {
    const cases = ['15.10.86 95088', '15 10 86 95 088', '15-10-86-95088', '151086\n95088', '151086 950 88'];
    for (const written of cases) {
      const text = `Elev: Kari Nordmann\nFnr: ${written}\n`;
      const ids = scan(text).filter((x) => x.kind === 'id.no');
      expect(ids.map((f) => text.slice(f.start, f.end))).toEqual([written]);
    }
    const table = '| Kari Nordmann | 15108695088 | 3B |\n| Ola Nordmann | 01415612385 | 3B |';
    expect(scan(table).filter((f) => f.kind === 'id.no').map((f) => f.variant)).toEqual(['fnr', 'hnr']);
  });

  it('accepts numbers issued under the 2032 rule without a century, and Tenor/NAV synthetic numbers', () => {
    expect(scan('fnr 30108299939').map((f) => f.kind)).toEqual(['id.no']);
    expect(scan('Testperson 10915596784').filter((f) => f.kind === 'id.no')[0]?.variant).toBe('tnr');
    expect(scan('NAV-syntetisk 15507600333').filter((f) => f.kind === 'id.no')[0]?.variant).toBe('hnr');
  });

  it('does not flag the number inside a longer digit run or a bank account grouping', () => {
    expect(scan('EAN 515108695088123')).toEqual([]);
    expect(scan('Kontonummer 1508.69.50880')).toEqual([]);
  });

  it('does not flag a number labelled as KID, account, invoice, order or organisation number', () => {
    expect(scan('KID: 15108695088')).toEqual([]);
    expect(scan('kontonr. 15108695088')).toEqual([]);
    expect(scan('Fakturanummer 15108695088')).toEqual([]);
    expect(scan('Ordrenr.: 15108695088')).toEqual([]);
    expect(scan('IBAN NO93 8601 1117 947 og kontonummer 8601.11.17947')).toEqual([]);
    expect(scan('Org.nr. 988 077 917 MVA')).toEqual([]);
  });

  it('finds nothing in clean text', () => {
    expect(scan('Foreldremøte tirsdag 14. mars kl. 18.00 i gymsalen. Velkommen!')).toEqual([]);
  });
});
