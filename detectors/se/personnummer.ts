/**
 * Swedish personnummer, samordningsnummer (day + 60) and interim numbers (T-numbers:
 * `YYMMDD-Xnnn`, X a letter counted as 1). Rules: Skatteverket; personnummer/meta v3.1.
 * Luhn over the 10-digit form.
 */
import { luhnValid, validDate } from '../core/checksum';

export type SeIdVariant = 'pnr' | 'samordningsnummer' | 'interim';

export interface SeIdResult {
  variant: SeIdVariant;
  /** Full year when known (12-digit form or `+`/`-` with today's date). */
  year?: number;
}

export const INTERIM_LETTERS = 'TRSUWXJKLMN';

/** Strips separators. */
export const compact = (value: string): string => value.replace(/[\s\-+]/g, '').toUpperCase();

/**
 * Validates `value` (any written form). `today` decides the century of a 10-digit number
 * (a `+` means 100 years or older).
 */
export function validate(value: string, today: Date = new Date()): SeIdResult | null {
  const plus = value.includes('+');
  const c = compact(value);
  let century: number | undefined;
  let ten: string;
  if (/^\d{12}$/.test(c) || /^\d{8}[A-Z]\d{3}$/.test(c)) {
    century = Number(c.slice(0, 2));
    if (century < 18 || century > 20) return null;
    ten = c.slice(2);
  } else if (/^\d{10}$/.test(c) || /^\d{6}[A-Z]\d{3}$/.test(c)) {
    ten = c;
  } else return null;

  const letter = /[A-Z]/.exec(ten.slice(6, 7))?.[0];
  if (letter !== undefined && !INTERIM_LETTERS.includes(letter)) return null;
  if (!letter && ten.slice(6, 9) === '000') return null; // birth numbers run 001–999
  const digits = [...ten].map((ch) => (/\d/.test(ch) ? Number(ch) : 1));
  if (!luhnValid(digits)) return null;

  const yy = digits[0]! * 10 + digits[1]!;
  const month = digits[2]! * 10 + digits[3]!;
  let day = digits[4]! * 10 + digits[5]!;
  let variant: SeIdVariant = letter ? 'interim' : 'pnr';
  if (day > 60) { day -= 60; if (!letter) variant = 'samordningsnummer'; }

  let year: number | undefined;
  if (century !== undefined) year = century * 100 + yy;
  else {
    const thisYear = today.getFullYear();
    year = Math.floor(thisYear / 100) * 100 + yy;
    if (year > thisYear) year -= 100;
    if (plus) year -= 100;
  }
  if (!validDate(day, month, year)) return null;
  return { variant, year };
}

export const isValid = (value: string): boolean => validate(value) !== null;
