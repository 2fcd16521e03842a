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
export function validate(value: string, today: Date | number = new Date()): SeIdResult | null {
  // Digits and at most one interim letter, separators skipped: no regex, no allocation but the array.
  const d: number[] = [];
  let letter = '';
  let plus = false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) d.push(c - 48);
    else if (c === 43) plus = true;
    else if (c === 45 || c === 32 || c === 10 || c === 13 || c === 9) continue;
    else {
      const ch = value[i]!.toUpperCase();
      if (letter || !INTERIM_LETTERS.includes(ch)) return null;
      letter = ch;
      d.push(1); // an interim letter counts as 1 in the Luhn sum
    }
  }
  if (d.length !== 10 && d.length !== 12) return null;
  let century: number | undefined;
  if (d.length === 12) {
    century = d[0]! * 10 + d[1]!;
    if (century < 18 || century > 20) return null;
    d.splice(0, 2);
  }
  // The letter must stand where the birth number starts (YYMMDD-Xnnn).
  if (letter && value.replace(/[\s\-+]/g, '').toUpperCase().indexOf(letter) !== (century === undefined ? 6 : 8)) return null;
  if (!letter && d[6] === 0 && d[7] === 0 && d[8] === 0) return null; // birth numbers run 001–999
  if (!luhnValid(d)) return null;

  const yy = d[0]! * 10 + d[1]!;
  const month = d[2]! * 10 + d[3]!;
  let day = d[4]! * 10 + d[5]!;
  let variant: SeIdVariant = letter ? 'interim' : 'pnr';
  if (day > 60) { day -= 60; if (!letter) variant = 'samordningsnummer'; }

  let year: number;
  if (century !== undefined) year = century * 100 + yy;
  else {
    const thisYear = typeof today === 'number' ? today : today.getFullYear();
    year = Math.floor(thisYear / 100) * 100 + yy;
    if (year > thisYear) year -= 100;
    if (plus) year -= 100;
  }
  if (!validDate(day, month, year)) return null;
  return { variant, year };
}

export const isValid = (value: string): boolean => validate(value) !== null;
