import { describe, expect, it } from 'vitest';
import { maskValue } from '../../../detectors';

describe('maskValue', () => {
  it('shows at most the last two digits of an ID number and keeps separators', () => {
    expect(maskValue('151086 95088')).toBe('•••••• •••88');
    expect(maskValue('15108695088')).toBe('•••••••••88');
  });

  it('never reveals three or more digits of an ID', () => {
    for (const v of ['15108695088', '151086-95088', '42051199116']) {
      expect(maskValue(v)).not.toMatch(/\d{3}/);
      expect(maskValue(v).replace(/\D/g, '').length).toBeLessThanOrEqual(2);
    }
  });

  it('masks every letter of a short non-numeric value', () => {
    expect(maskValue('Ola')).toBe('•••');
  });
});
