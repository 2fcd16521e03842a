import { WORDCLASS } from './chars';

/**
 * The words of a text (letters, digits, inner hyphens), found once and shared by the detectors
 * that read words (names, special categories). `starts`/`ends` are UTF-16 offsets.
 * The last result is kept, so a second detector on the same text pays nothing.
 */
export interface Words { starts: Int32Array; ends: Int32Array; count: number }

let lastText: string | undefined;
let last: Words | undefined;

/** 1 letter, 2 digit, 4 hyphen; everything above U+1FFF counts as a letter. */
const cls = (c: number): number => (c < 0x2000 ? WORDCLASS[c]! : 1);

export function words(text: string): Words {
  if (text === lastText && last) return last;
  const n = text.length;
  // At most one word per two characters; typed arrays give the garbage collector nothing to trace.
  const starts = new Int32Array((n >> 1) + 1);
  const ends = new Int32Array((n >> 1) + 1);
  let count = 0;
  let i = 0;
  while (i < n) {
    while (i < n && (cls(text.charCodeAt(i)) & 3) === 0) i++;
    if (i >= n) break;
    const s = i++;
    while (i < n && cls(text.charCodeAt(i)) !== 0) i++;
    // A trailing hyphen is punctuation ("barne- og ungdomsarbeid" keeps "barne").
    let e = i;
    while (e > s + 1 && text.charCodeAt(e - 1) === 45) e--;
    starts[count] = s;
    ends[count++] = e;
  }
  lastText = text;
  last = { starts, ends, count };
  return last;
}

/** Drops the kept result (scan() calls this when it is done, so no text stays in memory). */
export function releaseWords(): void {
  lastText = undefined;
  last = undefined;
}
