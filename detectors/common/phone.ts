import { isValidPhoneNumber, PhoneNumber } from 'libphonenumber-js/min';
import type { Finding } from '../core/finding';
import { after } from '../core/context';
import { wordsBefore } from '../core/chars';

/**
 * Phone numbers of Norway, Sweden, Denmark, Finland and international ones (+CC / 00CC).
 * A fast pattern finds candidate digit runs; libphonenumber-js (min metadata) decides. Its own
 * whole-text search is far too slow for the content script, so it only sees candidates.
 */
export const id = 'common.phone';

/** Optional +CC/00CC, optional (0), then 7–13 digits with single spaces or hyphens between. */
const CANDIDATE = /(?<![\w+\-./,])(?:(?:\+|00)\d{1,3}[ \-]?(?:\(0\)[ ]?)?)?\(?\d{1,4}\)?(?:[ \-]?\d){5,12}(?![\w]|[.,\-/]\d)/g;

const LABEL = /(tlf|tel|telefon|mobil|mob|phone|ring|sms|nummer|nr|kontakt|mobiltelefon|fax|faks|på|on|at|til|till|vxl)\W{0,4}$/;
/** Numbers that are something else: accounts, organisation numbers, references, money. */
const NEGATIVE = /(kont[oi]|iban|\bkid\b|\bocr\b|bankgiro|plusgiro|org\.?\s?nr|orgnr|organisa|cvr|faktura|invoice|ordre|order|saks|ärende|diarie|sags|journal|\bref|kunde|kund|medlem|mva|moms|reg\.?\s?nr|\bkr\.?|nok|sek|dkk|eur|€|\$|beløp|belopp|beløb|sum|pris|total|isbn|ean|gln|art\.?\s?nr|varenr|postboks|box)(?:\s?n(?:umme)?r\.?)?\W{0,12}$/;

/** Cheap shape check before libphonenumber: 8 digits (NO/DK), 0 + 6–11 digits (SE/FI), or +/00. */
function plausible(raw: string): boolean {
  let digits = 0;
  let first = -1;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) { if (first < 0) first = c; digits++; }
  }
  const c0 = raw.charCodeAt(0);
  if (c0 === 43 || (raw.startsWith('00') && digits >= 10)) return digits >= 8 && digits <= 15;
  if (first === 0) return digits >= 7 && digits <= 12;
  return digits === 8 && first >= 2;
}
const NEGATIVE_AFTER = /^\s?(kr\b|kr\.|,-|nok|sek|dkk|eur|€|%|stk|st\.|timer|minutter|km|kg|\(?(växel|vxl|sentralbord|sentralbord|servicetorg|ekspedisjon|expedition|kontoret|office|reception|resepsjon))/;
/** An office's switchboard is not a person's number. */
const OFFICE = /(sentralbord|växel|vxl|servicetorg|ekspedisjon|expedition|skolens|skulens|skolans|barnehagens|förskolans|børnehavens|kontoret|kontor|office|reception|resepsjon|switchboard|kommunens)\b[^\n]{0,20}$/;

/** Valid as a national number of the country with calling code `cc` (E.164 without the trunk 0)? */
function validIn(cc: string, national: string): boolean {
  try {
    return new PhoneNumber(`+${cc}${national}` as `+${string}`).isValid();
  } catch {
    return false;
  }
}

function valid(raw: string): boolean {
  // "+47 (0) 934 12 876": the bracketed trunk 0 is not dialled from abroad.
  const digits = raw.replace('(0)', '').replace(/\D/g, '');
  if (raw.startsWith('+') || raw.startsWith('00')) return isValidPhoneNumber(`+${raw.startsWith('00') ? digits.slice(2) : digits}`);
  // Sweden and Finland dial a trunk 0 nationally; Norway and Denmark have 8 digits and no trunk.
  if (digits.startsWith('0')) return validIn('46', digits.slice(1)) || validIn('358', digits.slice(1));
  return validIn('47', digits) || validIn('45', digits);
}

export function detect(text: string): Finding[] {
  const out: Finding[] = [];
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    let raw = m[0];
    let start = m.index;
    if (raw.startsWith('(') && !raw.includes(')')) { raw = raw.slice(1); start++; }
    if (!plausible(raw)) continue;
    // ISO dates and other year-first groupings: 2024-11-01, 2024-0042.
    if (/^(19|20)\d\d[ \-]\d\d(?:[ \-]\d\d)?$/.test(raw)) continue;
    const pre = wordsBefore(text, start, 3, 30);
    if (NEGATIVE.test(pre) || NEGATIVE_AFTER.test(after(text, start + raw.length, 8))) continue;
    if (OFFICE.test(pre)) continue;
    const labelled = LABEL.test(pre);
    // "2024-0042", "2025 1234": a year and a serial number (case, invoice), unless labelled.
    if (!labelled && /^(19|20)\d\d[ \-]\d{3,4}$/.test(raw)) continue;
    if (!valid(raw)) continue;
    const score = labelled ? 0.99 : 0.9;
    out.push({ kind: 'phone', start, end: start + raw.length, score, detector: id });
  }
  return out;
}
