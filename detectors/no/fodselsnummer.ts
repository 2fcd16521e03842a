/**
 * Norwegian national identity numbers: fødselsnummer and its variants (D-, H-, FH-numbers,
 * NAV/Dolly and Skatteetaten Tenor synthetic numbers), including the control-digit rule for
 * numbers issued from 2032. Rules: Skatteetaten; navikt/fnrvalidator; python-stdnum.
 */

export type NoIdVariant = 'fnr' | 'dnr' | 'hnr' | 'tnr' | 'dnr-hnr' | 'dnr-tnr' | 'fh';

export interface NoIdResult {
  variant: NoIdVariant;
  /** True when K1 satisfies the pre-2032 rule and the century table gives a date: highest confidence. */
  classic: boolean;
}

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1];
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1];

/** Strips spaces, dots and hyphens a writer may have put in. */
export const compact = (value: string): string => value.replace(/[\s.\-]/g, '');

function weightedMod11(digits: number[], weights: number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += digits[i]! * weights[i]!;
  return sum % 11;
}

/** Century from the individual number; undefined when the combination is not defined. */
export function century(individual: number, yy: number): number | undefined {
  if (individual <= 499) return 1900;
  if (individual <= 749 && yy >= 54) return 1800;
  if (individual >= 500 && yy <= 39) return 2000;
  if (individual >= 900 && yy >= 40) return 1900;
  return undefined;
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function validDayMonth(day: number, month: number, year: number | undefined): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return year === undefined || isLeap(year);
  return day <= DAYS[month - 1]!;
}

/** Validates an 11-digit string (already compacted). Returns the variant, or null when invalid. */
export function validate(value: string): NoIdResult | null {
  if (value.length !== 11) return null;
  const d: number[] = [];
  for (let i = 0; i < 11; i++) {
    const c = value.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return null;
    d.push(c);
  }
  const k1rem = weightedMod11(d, K1_WEIGHTS);
  // K1: remainder 0 under the classic rule; 0..3 under the rule for numbers issued from 2032.
  if (k1rem > 3) return null;
  if (weightedMod11(d, K2_WEIGHTS) !== 0) return null;

  if (d[0]! >= 8) return { variant: 'fh', classic: k1rem === 0 };

  let day = d[0]! * 10 + d[1]!;
  let month = d[2]! * 10 + d[3]!;
  const yy = d[4]! * 10 + d[5]!;
  const individual = d[6]! * 100 + d[7]! * 10 + d[8]!;

  let dnr = false;
  let monthShift: 'h' | 't' | undefined;
  if (day > 40) { dnr = true; day -= 40; }
  if (month > 80) { monthShift = 't'; month -= 80; }
  else if (month > 40) { monthShift = 'h'; month -= 40; }

  const c = century(individual, yy);
  // Under the 2032 rule the individual number carries no century: only day/month must hold.
  const year = c === undefined ? undefined : c + yy;
  if (!validDayMonth(day, month, k1rem === 0 ? year : undefined)) return null;
  if (k1rem === 0 && c === undefined && !monthShift) {
    // A classic-rule number with an undefined century combination can still be a 2032-era
    // number whose K1 remainder happens to be 0; accept it, with lower confidence.
    return { variant: dnr ? 'dnr' : 'fnr', classic: false };
  }
  const variant: NoIdVariant = dnr
    ? monthShift === 'h' ? 'dnr-hnr' : monthShift === 't' ? 'dnr-tnr' : 'dnr'
    : monthShift === 'h' ? 'hnr' : monthShift === 't' ? 'tnr' : 'fnr';
  return { variant, classic: k1rem === 0 && c !== undefined };
}

export const isValid = (value: string): boolean => validate(compact(value)) !== null;

/** `DDMMYY IIIKK` — the presentation format used by stdnum. */
export const format = (value: string): string => {
  const c = compact(value);
  return `${c.slice(0, 6)} ${c.slice(6)}`;
};
