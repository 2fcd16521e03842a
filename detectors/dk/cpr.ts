/**
 * Danish CPR number `DDMMYY-SSSS`. Century from the 7th digit (cpr.dk). Modulus 11 raises
 * confidence but never rejects: numbers without it have been issued since 2007, so far only for
 * 1 January of the years below (cpr.dk, "Personnumre uden kontrolciffer", updated 2023-05-10).
 */
import { validDate, weightedSum } from '../core/checksum';

export interface CprResult {
  year: number;
  /** Passes the modulus-11 check. */
  mod11: boolean;
  /** 1 January of a year for which numbers without modulus 11 are issued. */
  exemptDate: boolean;
}

const WEIGHTS = [4, 3, 2, 7, 6, 5, 4, 3, 2, 1];
/** Birth years (19xx) with CPR numbers issued without modulus 11 on 1 January. */
export const EXEMPT_YEARS = new Set([60, 62, 64, 65, 66, 67, 69, 70, 74, 75, 78, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 94, 95]);

export const compact = (value: string): string => value.replace(/[\s\-./]/g, '');

/** Century from the 7th digit and YY (cpr.dk table). */
export function century(seventh: number, yy: number): number {
  if (seventh <= 3) return 1900;
  if (seventh === 4 || seventh === 9) return yy <= 36 ? 2000 : 1900;
  return yy <= 57 ? 2000 : 1800;
}

export function validate(value: string): CprResult | null {
  const d: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) d.push(c);
    else if (!' -./\n\r\t'.includes(value[i]!)) return null;
  }
  if (d.length !== 10) return null;
  const day = d[0]! * 10 + d[1]!;
  const month = d[2]! * 10 + d[3]!;
  const yy = d[4]! * 10 + d[5]!;
  const year = century(d[6]!, yy) + yy;
  if (!validDate(day, month, year)) return null;
  const mod11 = weightedSum(d, WEIGHTS) % 11 === 0;
  const exemptDate = day === 1 && month === 1 && year >= 1900 && year < 2000 && EXEMPT_YEARS.has(yy);
  return { year, mod11, exemptDate };
}

export const isValid = (value: string): boolean => {
  const r = validate(value);
  return r !== null && (r.mod11 || r.exemptDate);
};
