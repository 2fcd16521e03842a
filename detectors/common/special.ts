import type { Finding, FindingKind } from '../core/finding';
import { SPECIAL_TERMS } from './special-terms';
import { isDigit, isLetter, lowerCode } from '../core/chars';
import { words } from '../core/words';

/**
 * Special categories (GDPR art. 9/10) and school-environment context. One pass over the words;
 * each word is looked up by its first three letters in a table of stems and phrases, so the cost
 * does not grow with the number of terms. These findings are context: assessRisk() never holds
 * an action for them alone.
 */
export const id = 'common.special';

interface Term { words: string[]; prefix: boolean; kind: FindingKind }

/** Key of a word from its first three letters, lower-cased (ASCII/Latin-1), as one number. */
const key3 = (a: number, b: number, c: number): number => (lowerCode(a) * 0x10000 + lowerCode(b)) * 0x10000 + lowerCode(c);

let table: Map<number, Term[]> | undefined;

function build(): Map<number, Term[]> {
  const t = new Map<number, Term[]>();
  for (const [kind, list] of Object.entries(SPECIAL_TERMS) as [FindingKind, string][]) {
    for (const raw of list.split(/\s+/).filter(Boolean)) {
      const prefix = raw.endsWith('*');
      const words = (prefix ? raw.slice(0, -1) : raw).split('_');
      const w = words[0]!;
      const k = key3(w.charCodeAt(0), w.length > 1 ? w.charCodeAt(1) : 0, w.length > 2 ? w.charCodeAt(2) : 0);
      const arr = t.get(k) ?? [];
      arr.push({ words, prefix, kind });
      t.set(k, arr);
    }
  }
  // Longer terms first, so a phrase wins over its first word.
  for (const arr of t.values()) arr.sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
  return t;
}


export function detect(text: string): Finding[] {
  const terms = (table ??= build());
  const out: Finding[] = [];
  const { starts, ends, count } = words(text);
  let floor = 0;
  for (let w = 0; w < count; w++) {
    const s = starts[w]!;
    if (s < floor) continue;
    const i = ends[w]!;
    const len = i - s;
    if (len < 2) continue;
    const cands = terms.get(key3(text.charCodeAt(s), text.charCodeAt(s + 1), len > 2 ? text.charCodeAt(s + 2) : 0));
    if (!cands) continue;
    for (const term of cands) {
      let end: number | undefined;
      const word = term.words[0]!;
      // Compare in place, lower-casing code by code: no slice for the many words that only share a prefix.
      if (len < word.length || (!term.prefix && term.words.length === 1 && len !== word.length)) continue;
      let k = 3;
      while (k < word.length && lowerCode(text.charCodeAt(s + k)) === word.charCodeAt(k)) k++;
      if (k < word.length) continue;
      if (term.words.length === 1) end = i;
      else {
        // Phrase: the following words, separated by single spaces.
        const phrase = term.words.join(' ');
        const seg = text.slice(s, s + phrase.length + 40).toLowerCase();
        if (seg.startsWith(phrase)) {
          let e = phrase.length;
          if (term.prefix) while (e < seg.length && (isLetter(seg.charCodeAt(e)) || seg.charCodeAt(e) === 45)) e++;
          else if (e < seg.length && (isLetter(seg.charCodeAt(e)) || isDigit(seg.charCodeAt(e)))) continue;
          end = s + e;
        }
      }
      if (end === undefined) continue;
      out.push({ kind: term.kind, start: s, end, score: 0.8, detector: id });
      floor = end;
      break;
    }
  }
  return out;
}
