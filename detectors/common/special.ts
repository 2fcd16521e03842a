import type { Finding, FindingKind } from '../core/finding';
import { SPECIAL_TERMS } from './special-terms';

/**
 * Special categories (GDPR art. 9/10) and school-environment context. One pass over the words;
 * each word is looked up by its first three letters in a table of stems and phrases, so the cost
 * does not grow with the number of terms. These findings are context: assessRisk() never holds
 * an action for them alone.
 */
export const id = 'common.special';

interface Term { words: string[]; prefix: boolean; kind: FindingKind }

let table: Map<string, Term[]> | undefined;

function build(): Map<string, Term[]> {
  const t = new Map<string, Term[]>();
  for (const [kind, list] of Object.entries(SPECIAL_TERMS) as [FindingKind, string][]) {
    for (const raw of list.split(/\s+/).filter(Boolean)) {
      const prefix = raw.endsWith('*');
      const words = (prefix ? raw.slice(0, -1) : raw).split('_');
      const key = words[0]!.slice(0, 3);
      const arr = t.get(key) ?? [];
      arr.push({ words, prefix, kind });
      t.set(key, arr);
    }
  }
  // Longer terms first, so a phrase wins over its first word.
  for (const arr of t.values()) arr.sort((a, b) => b.words.join(' ').length - a.words.join(' ').length);
  return t;
}

const WORD = /[\p{L}\d][\p{L}\d\-]*/gu;

export function detect(text: string): Finding[] {
  const terms = (table ??= build());
  const out: Finding[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const w = m[0];
    if (w.length < 2) continue;
    const key = w.slice(0, 3).toLowerCase();
    const cands = terms.get(key);
    if (!cands) continue;
    const lower = w.toLowerCase();
    for (const term of cands) {
      let end: number | undefined;
      if (term.words.length === 1) {
        const word = term.words[0]!;
        if (term.prefix ? lower.startsWith(word) : lower === word) end = m.index + w.length;
      } else {
        // Phrase: compare the following words, separated by single spaces.
        const phrase = term.words.join(' ');
        const seg = text.slice(m.index, m.index + phrase.length + 40).toLowerCase();
        if (seg.startsWith(phrase)) {
          let e = phrase.length;
          if (term.prefix) while (e < seg.length && /[\p{L}\-]/u.test(seg[e]!)) e++;
          else if (e < seg.length && /[\p{L}\d]/u.test(seg[e]!)) continue;
          end = m.index + e;
        }
      }
      if (end === undefined) continue;
      out.push({ kind: term.kind, start: m.index, end, score: 0.8, detector: id });
      WORD.lastIndex = Math.max(WORD.lastIndex, end);
      break;
    }
  }
  return out;
}
