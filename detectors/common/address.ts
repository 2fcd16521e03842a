import type { Finding } from '../core/finding';
import { isLetter } from '../core/chars';

/**
 * Street addresses of Norway, Sweden and Denmark: street name + house number (+ letter, floor),
 * optionally followed by postal code and town (`Storgata 12B, 0150 Oslo`, `Kongens gate 5`,
 * `Drottninggatan 12, 111 51 Stockholm`, `Nørregade 12, 2. th., 8000 Aarhus C`).
 * Triggered by house numbers, so the cost is per number, not per word. A place name alone is
 * never an address.
 */
export const id = 'common.address';

/** House number preceded by a word and a space. */
const NUMBER = / \d{1,4}(?: ?[A-Za-z])?(?![\dA-Za-zÀ-ÖØ-öø-ÿ]|[.,:]\d)/g;

/** Street-type endings of one-word street names (Storgata, Drottninggatan, Nørregade, Furuveien …). */
const SUFFIX =
  /(gata|gaten|gate|gatan|veien|vegen|vei|veg|vägen|väg|vej|vejen|gade|gaden|allé|alle|allén|stien|stig|stigen|plass|plassen|plads|torget|torg|torv|bakken|backe|backen|brinken|brinken|lia|lien|haugen|ringen|ring|svingen|tunet|kroken|gränd|gränden|vangen|parken|stræde|strædet|boulevard|toften|løkken|engen|marken|kollen|åsen|leitet|dalen|tået|holmen|sletta|jordet|feltet|terrasse|terrassen|kaia|kaien|bryggen|brygge|hagen|slottet|rabben|krysset|höjden|liden|vången|backarna|platsen|esplanaden|kajen|kvarteret|vænget|vænge|have|park|høj|højen|vang|mark|toft|bakke|gyde|gyden|stræde|kær|kæret|sti|stien)$/;
/** Separate street words: "Kongens gate 5", "Thorvald Meyers gate 12", "H.C. Andersens Boulevard 5". */
const STREET_WORD = /^(gate|gata|vei|veg|vej|gade|allé|alle|plass|plads|torg|torv|gatan|vägen|väg|boulevard|vei|stræde|gränd|backe|bakke|terrasse|park|kai|brygge|ring|sti)$/;
/** Words that precede a number without being a street (klasse 3, kl. 18, side 2, rom 101 …). */
const NOT_STREET = /^(klasse|klasser|trinn|trinnet|steg|kl|side|sida|sidan|rom|rum|sal|nr|nummer|uke|veke|vecka|uge|år|ar|kapittel|kap|punkt|del|etasje|våning|sal|bus|buss|linje|linjen|spor|gruppe|grupp|gruppen|avd|avdeling|avdelning|stue|stuen|bord|tabell|figur|vedlegg|bilag|bilaga|postboks|box|boks|pb|paragraf|lov|kode|kr|nok|sek|dkk|version|versjon|steg|runde|sesong|period|periode|time|timer|minutter|stk|st|ca|cirka|mellom|og|og|i|på|kl|til|fra|från|fram|mot|om|med|av|af|for|før|efter|etter|after|to|a|an|the|at|in|of|uke|week|fase|niveau|nivå|level|område|sone|zone|hus|bygg|bygning)$/i;

const TAIL = /^(?:,? ?(?:\d{1,2}\.? ?(?:tv|th|mf|sal|etg|etasje|tr|vån|\.)\.?|[A-Z]))?(?:,?\s?(\d{4}|\d{3} ?\d{2})\s(\p{Lu}[\p{L}\-]+(?: [\p{Lu}][\p{L}]*)?))?/u;

function wordBefore(text: string, end: number): { start: number; word: string } {
  let s = end;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (isLetter(c) || c === 46 || c === 45 || c === 39) s--; else break;
  }
  return { start: s, word: text.slice(s, end) };
}

export function detect(text: string): Finding[] {
  const out: Finding[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(text); m; m = NUMBER.exec(text)) {
    const prev = text.charCodeAt(m.index - 1);
    if (!(isLetter(prev) || prev === 46)) continue;
    const w = wordBefore(text, m.index);
    const word = w.word.replace(/\.$/, '');
    if (word.length < 2) continue;
    const lower = word.toLowerCase();
    if (NOT_STREET.test(lower)) continue;
    let start = -1;
    const capital = /^\p{Lu}/u.test(word);
    if (STREET_WORD.test(lower)) {
      // Walk back over the capitalised words that name the street.
      let s = w.start;
      for (let i = 0; i < 3; i++) {
        if (text[s - 1] !== ' ') break;
        const p = wordBefore(text, s - 1);
        if (!/^\p{Lu}/u.test(p.word)) break;
        s = p.start;
      }
      if (s < w.start) start = s;
    } else if (capital && SUFFIX.test(lower) && word.length > 4) {
      start = w.start;
    }
    const tail = TAIL.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    const hasPostal = !!tail?.[1];
    if (start < 0) {
      // No street ending: accept "Word 12, 1234 Town" only.
      if (!capital || !hasPostal) continue;
      start = w.start;
    }
    const end = m.index + m[0].length + (tail ? tail[0].length : 0);
    out.push({ kind: 'address', start, end, score: hasPostal ? 0.95 : 0.85, detector: id });
    NUMBER.lastIndex = Math.max(NUMBER.lastIndex, end);
  }
  return out;
}
