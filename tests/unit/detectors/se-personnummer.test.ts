import { describe, expect, it } from 'vitest';
import list from '../../vectors/se-personnummer-list.json';
import interim from '../../vectors/se-personnummer-interim.json';
import orgnumbers from '../../vectors/se-personnummer-orgnumber.json';
import structured from '../../vectors/se-personnummer-structured.json';
import { validate } from '../../../detectors/se/personnummer';
import { scan } from '../../../detectors';

const TODAY = new Date('2026-11-22');
const FORMATS = ['long_format', 'short_format', 'separated_format', 'separated_long'] as const;
const ids = (text: string) => scan(text, { today: TODAY }).filter((f) => f.kind.startsWith('id.'));

describe('Swedish personnummer validate() against personnummer/meta', () => {
  it.each(list.map((r) => [r.separated_long, r] as const))('%s', (_, r) => {
    for (const format of FORMATS) {
      if (r[format].includes(' ')) continue; // meta calls "YYMMDD NNNC" invalid; Varsam flags it on purpose
      const result = validate(r[format], TODAY);
      expect(result !== null, `${format} ${r[format]}`).toBe(r.valid);
      if (r.valid) expect(result!.variant).toBe(r.type === 'con' ? 'samordningsnummer' : 'pnr');
    }
  });

  it('accepts interim (T-)numbers and rejects letters outside the set', () => {
    for (const r of interim) {
      for (const format of FORMATS) expect(validate(r[format], TODAY)?.variant ?? null).toBe(r.valid ? 'interim' : null);
    }
  });

  it('rejects organisation numbers', () => {
    for (const r of orgnumbers) {
      expect(validate(r.short_format, TODAY)).toBeNull();
      expect(validate(r.separated_format, TODAY)).toBeNull();
    }
  });

  it('agrees on every structured vector except the space-separated form, which Varsam flags on purpose', () => {
    for (const group of Object.values(structured)) {
      for (const v of group.string.valid) expect(validate(v, TODAY), v).not.toBeNull();
      for (const v of group.string.invalid) {
        if (/ /.test(v)) continue; // meta: invalid format; a reader still sees a personnummer
        expect(validate(v, TODAY), v).toBeNull();
      }
    }
  });

  it('reads + as 100 years or older', () => {
    expect(validate('090527+1474', TODAY)?.year).toBe(1909);
    expect(validate('0905271474', TODAY)?.year).toBe(2009);
  });
});

describe('scan() and Swedish numbers in text', () => {
  it('finds a personnummer in each written form', () => {
    for (const written of ['880320-0016', '19880320-0016', '198803200016', '8803200016', '880320 0016']) {
      const text = `Elevens personnummer: ${written}. Tack!`;
      const found = ids(text);
      expect(found.map((f) => [f.kind, text.slice(f.start, f.end)])).toEqual([['id.se', written]]);
    }
  });

  it('finds samordningsnummer and T-numbers', () => {
    expect(ids('Samordningsnummer 19730288-9931')[0]).toMatchObject({ kind: 'id.se', variant: 'samordningsnummer' });
    expect(ids('Reservnummer 000101-T220 gäller')[0]).toMatchObject({ kind: 'id.se', variant: 'interim' });
  });

  it('does not flag organisation numbers, bankgiro, plusgiro, OCR or mobile numbers as IDs', () => {
    expect(ids('Skolans organisationsnummer är 212000-0142.')).toEqual([]);
    expect(ids('Org.nr 556036-0793, bankgiro 5050-1055, plusgiro 4 77 88-1')).toEqual([]);
    expect(ids('OCR-nummer 880320001612345 anges vid betalning')).toEqual([]);
    const mobile = scan('Ring mig på 0701234567 efter skolan.', { today: TODAY });
    expect(mobile.map((f) => f.kind)).toEqual(['phone']);
  });
});
