import { wordsBefore } from './chars';

/**
 * Label words around a match ("fnr", "kontonr", "CPR" …). Looks at a short window only, so the
 * cost per candidate is constant and the scan stays linear in the text.
 */

/** The `width` characters before `start`, lower-cased. */
export function before(text: string, start: number, width = 40): string {
  return text.slice(Math.max(0, start - width), start).toLowerCase();
}

/** The `width` characters after `end`, lower-cased. */
export function after(text: string, end: number, width = 30): string {
  return text.slice(end, end + width).toLowerCase();
}

/**
 * Labels that say an ID number follows (nb, nn, sv, da, fi, en). Checked in the window before a
 * match; the label may be followed by a colon, "nr", a dot, or a few words ("fødselsnummer til
 * eleven:").
 */
export const ID_LABEL =
  /(f[øo]dsels?n(umme)?r|f\.\s?nr|\bfnr|personn(umme)?r|person\s?nr|\bpnr|\bp\.?nr|d-?n(umme)?r|samordningsn(umme)?r|reservn(umme)?r|\bcpr|henkil[öo]tunnus|\bhetu\b|\bsotu\b|id-?n(umme)?r|\bssn\b|personal (id|identity) number|national id|personnr|personnummer|f[øo]dd?\s?nr|t-nummer)/;

/**
 * Labels that say the number is something else: accounts, organisation numbers, payment
 * references, invoices, orders, cases (sv: ärende, da: sag), EAN/GLN, customers.
 */
export const NEGATIVE_LABEL =
  /(kont[oi]|iban|\bkid\b|\bocr\b|bankgiro|plusgiro|\bbg\b|\bpg\b|org\.?\s?nr|orgnr|organisa(sj|t)ion|foretaksn|cvr|\bse-?nr|p-?nummer|p\.nr|\bean\b|\bgln\b|faktura|invoice|ordre|order|saksn|sak\s?nr|saksnummer|ärende|diarie|sagsn|sags?nr|journaln|j\.?\s?nr|\bref|kunde|kund|medlem|\bmva\b|\bmoms\b|reg\.?\s?nr|registrerings|avtale|avtal|polise|lisens|serien|serial|tracking|sporing|sendings|bestilling|beställning|billett|booking|varenr|artikkel|artikel)/;

const ID_LABEL_G = new RegExp(ID_LABEL.source, 'g');
const NEG_LABEL_G = new RegExp(NEGATIVE_LABEL.source, 'g');

/** True when a label from `re` occurs in the window before `start`. */
export function labelBefore(text: string, start: number, re: RegExp, width = 40): boolean {
  return re.test(before(text, start, width));
}

/** Whether the nearest label before `start` is positive (an ID) rather than negative (an account …). */
export function nearestLabel(text: string, start: number, width = 40): 'id' | 'other' | undefined {
  const w = wordsBefore(text, start, 4, width);
  if (w.length < 2) return undefined;
  let idAt = -1;
  let otherAt = -1;
  for (const m of w.matchAll(ID_LABEL_G)) idAt = m.index + m[0].length;
  for (const m of w.matchAll(NEG_LABEL_G)) otherAt = m.index + m[0].length;
  if (idAt < 0 && otherAt < 0) return undefined;
  return idAt >= otherAt ? 'id' : 'other';
}

