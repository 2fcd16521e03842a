/** Fast character classes by UTF-16 code unit, for the hand-written scanners (no regex per char). */

const LETTER = new Uint8Array(0x2000);
const UPPER = new Uint8Array(0x2000);
/** Bit 1: letter, bit 2: digit, bit 4: hyphen — for word scanners. */
export const WORDCLASS = new Uint8Array(0x2000);
for (let c = 0; c < 0x2000; c++) {
  const s = String.fromCharCode(c);
  if (/\p{L}/u.test(s)) { LETTER[c] = 1; WORDCLASS[c] = 1; }
  if (/\p{Lu}/u.test(s)) UPPER[c] = 1;
  if (c >= 48 && c <= 57) WORDCLASS[c] = 2;
}
WORDCLASS[45] = 4;

/** A letter (Latin, Greek, Cyrillic … up to U+1FFF; anything above counts as a letter too). */
export const isLetter = (c: number): boolean => (c < 0x2000 ? LETTER[c] === 1 : c > 0x2fff);
export const isUpper = (c: number): boolean => c < 0x2000 && UPPER[c] === 1;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 160;

/** Lower-case of an ASCII/Latin-1 letter code; other codes unchanged. */
export const lowerCode = (c: number): number => ((c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7) ? c + 32 : c);

/**
 * The words just before `pos` (at most `maxWords` words within `width` characters), lower-case,
 * with the punctuation between them kept: the label in "Kontonummer: 1234", "org.nr. 9…".
 */
export function wordsBefore(text: string, pos: number, maxWords = 3, width = 40): string {
  const floor = Math.max(0, pos - width);
  let i = pos;
  let words = 0;
  while (i > floor && words < maxWords) {
    // Skip separators (not line breaks twice: a label sits on the same line or the line above).
    while (i > floor && !isLetter(text.charCodeAt(i - 1)) && !isDigit(text.charCodeAt(i - 1))) i--;
    if (i > floor && isDigit(text.charCodeAt(i - 1))) {
      // A token of letters then digits ("NO93", "nr2") is a word; a plain number ends the label.
      let j = i;
      while (j > floor && isDigit(text.charCodeAt(j - 1))) j--;
      if (!(j > floor && isLetter(text.charCodeAt(j - 1)))) break;
      i = j;
    }
    while (i > floor && isLetter(text.charCodeAt(i - 1))) i--;
    words++;
  }
  return text.slice(i, pos).toLowerCase();
}
