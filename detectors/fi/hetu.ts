/**
 * Finnish henkilötunnus (HETU) `DDMMYYCZZZQ`: century sign `+` 1800s, `-YXWVU` 1900s,
 * `ABCDEF` 2000s (the extra letters since 2023); ZZZ 002–999 (900+ temporary); Q from mod 31.
 * Rules: DVV; python-stdnum `fi/hetu.py`.
 */
import { validDate } from '../core/checksum';

const CHECK = '0123456789ABCDEFHJKLMNPRSTUVWXY';
const CENTURY: Record<string, number> = {
  '+': 1800, '-': 1900, Y: 1900, X: 1900, W: 1900, V: 1900, U: 1900,
  A: 2000, B: 2000, C: 2000, D: 2000, E: 2000, F: 2000,
};

export interface HetuResult { year: number; temporary: boolean }

export function validate(value: string): HetuResult | null {
  const v = value.trim().toUpperCase();
  const m = /^(\d\d)(\d\d)(\d\d)([-+A-FU-Y])(\d\d\d)([0-9A-Y])$/.exec(v);
  if (!m) return null;
  const year = CENTURY[m[4]!]! + Number(m[3]);
  if (!validDate(Number(m[1]), Number(m[2]), year)) return null;
  const zzz = Number(m[5]);
  if (zzz < 2) return null;
  if (CHECK[Number(m[1]! + m[2]! + m[3]! + m[5]!) % 31] !== m[6]) return null;
  return { year, temporary: zzz >= 900 };
}

export const isValid = (value: string): boolean => validate(value) !== null;
