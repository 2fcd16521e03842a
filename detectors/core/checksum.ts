/** Check-digit helpers shared by the ID modules. */

/** Luhn sum over digit values (a letter may be passed as its value); valid when result % 10 === 0. */
export function luhnSum(digits: number[]): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let v = digits[digits.length - 1 - i]!;
    if (i % 2 === 1) { v *= 2; if (v > 9) v -= 9; }
    sum += v;
  }
  return sum;
}

export const luhnValid = (digits: number[]): boolean => luhnSum(digits) % 10 === 0;

export function weightedSum(digits: number[], weights: number[]): number {
  let s = 0;
  for (let i = 0; i < weights.length; i++) s += digits[i]! * weights[i]!;
  return s;
}

export const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Day/month check; when the year is unknown, 29 February is allowed. */
export function validDate(day: number, month: number, year?: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return year === undefined || isLeap(year);
  return day <= DAYS[month - 1]!;
}

/** Digits of a string (non-digits skipped). */
export function digitsOf(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) out.push(c);
  }
  return out;
}
