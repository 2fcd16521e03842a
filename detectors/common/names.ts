import type { Finding } from '../core/finding';
import { firstNames, lastNames } from './gazetteer';
import { AMBIGUOUS_NAMES, NEVER_NAMES } from './name-words';
import { isLetter, isSpace, isUpper } from '../core/chars';
import { words } from '../core/words';

/**
 * Person names from a gazetteer of Nordic first names and surnames (official name statistics,
 * see detectors/data/README.md), decided by context:
 * - first name + surname (`Ola Nordmann`, `Sara Lindqvist`, `Mads Kjær-Hansen`): a name;
 * - a single first name after a cue (eleven, barnet, mor, Hei, Kære, Med hilsen …): a name;
 * - a single first name capitalised in the middle of a sentence: a name, unless it is also an
 *   everyday word (Liv, Per, Bo, Storm …), which needs a cue or a surname;
 * - names listed with one already found (`Ola, Kari og Per`) are names too.
 * Place names, institutions, weekdays and months are on a never-list.
 */
export const id = 'common.names';

/**
 * A capitalised word as names are written: `Ola`, `Kjær-Hansen`, not `NAV`, `iPad`, `kari.Nordmann`,
 * `@Ola`, `Ola@`, or a word glued to digits.
 */
function capitalised(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  const before = text.charCodeAt(s - 1);
  if (before === 64 || before === 46 || before === 95 || before === 39 || before === 0x2019) return false;
  const after = text.charCodeAt(e);
  if (after === 64 || after === 39 || after === 0x2019) return false;
  let parts = 1;
  for (let i = s + 1; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 45) {
      if (++parts > 2 || !isUpper(text.charCodeAt(i + 1)) || i + 2 >= e) return false;
      i++;
      continue;
    }
    if (!isLetter(c) || isUpper(c)) return false;
  }
  return true;
}

/** Words after which a name follows (lower-case). */
export const CUES = new Set(`
elev eleven eleve elevar elever eleverna eleven eleverne barnet barn barna barnets børn barnen
sønnen sønn sonen son sønner søn datteren datter dottern dotter døtre pigen drengen gutten jenta
jenten flickan pojken gutt jente pige dreng pojke flicka
foresatte føresette forelder foreldre forældre föräldrar vårdnadshavare vårdnadshavaren
mor far mamma pappa moren faren mora faren modern fadern moder fader mormor morfar farmor farfar
bror broren søster søsteren syster systern storebror lillebror storesøster lillesøster
kjære kære dear hei hej hallo hallå hi hello hiya morn
hilsen hälsningar hälsning mvh vh hilsner venleg helsing regards
fru herr frk fröken frøken
til till fra från v/ att attn
kontaktlærer kontaktlærar lärare lærer lærar mentor klasseforstander pedagog assistent
navn namn name elevnavn elevens barnets
tvillingene tvillingerne tvillingarna vennen venninnen kompisen kamraten veninden
`.split(/\s+/).filter(Boolean));

/** Cues that precede a surname alone (fru Hansen, familien Olsen). */
const SURNAME_CUES = new Set(['fru', 'herr', 'frk', 'familien', 'familjen', 'familie', 'familia', 'fam']);

const PATRONYMIC = /(sson|ssen|sen|son|dottir|dóttir|datter|ström|qvist|kvist|gren|berg|lund|holm|dahl|stedt|gaard|gård)$/;

interface Tok { start: number; end: number; lower: string; first: boolean; last: boolean; ambiguous: boolean; never: boolean }
type Class = Pick<Tok, 'lower' | 'first' | 'last' | 'ambiguous' | 'never'>;

const cache = new Map<string, Class>();

/** Classifies a token as written (cached by its spelling, so repeated names cost one lookup). */
function classify(token: string): Class {
  const hit = cache.get(token);
  if (hit) return hit;
  const lower = token.toLowerCase();
  const F = firstNames();
  const L = lastNames();
  const parts = lower.includes('-') ? lower.split('-') : [lower];
  // Genitive: "Noors mamma" — the name without its s.
  const gen = lower.endsWith('s') && !F.has(lower) && F.has(lower.slice(0, -1));
  const first = gen || parts.every((p) => F.has(p));
  const patronymic = lower.length > 5 && PATRONYMIC.test(lower);
  const last = patronymic || (parts.every((p) => L.has(p) || F.has(p)) && parts.some((p) => L.has(p)));
  const base = gen ? lower.slice(0, -1) : lower;
  const c: Class = { lower, first, last, ambiguous: AMBIGUOUS_NAMES.has(base), never: NEVER_NAMES.has(lower) || NEVER_NAMES.has(base) };
  if (cache.size > 20000) cache.clear();
  cache.set(token, c);
  return c;
}

/** The last word before `pos` (lower-case), skipping spaces, commas, colons and line breaks. */
function wordBefore(text: string, pos: number): string {
  let e = pos;
  for (;;) {
    const c = text.charCodeAt(e - 1);
    if (e > 0 && (isSpace(c) || c === 44 || c === 58 || c === 59 || c === 45 || c === 0x2013 || c === 0x2014)) e--;
    else break;
  }
  let s = e;
  while (s > 0 && (isLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 47)) s--;
  return s === e ? '' : text.slice(s, e).toLowerCase();
}

/** True when the token starts a sentence (or a line, or the text). */
function sentenceStart(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t' || text[i] === '"' || text[i] === '«' || text[i] === '(')) i--;
  if (i < 0) return true;
  const c = text[i]!;
  return c === '.' || c === '!' || c === '?' || c === '\n' || c === '\r' || c === ':' || c === '•' || c === '-' || c === '–' || c === '*' || c === '>' || c === '|';
}

/** One space between two tokens, or a middle initial: "Ola Nordmann", "Ola K. Nordmann". */
function joined(text: string, end: number, next: number): boolean {
  if (next === end + 1) return text.charCodeAt(end) === 32;
  return next === end + 4 && text.charCodeAt(end) === 32 && isUpper(text.charCodeAt(end + 1)) && text.charCodeAt(end + 2) === 46 && text.charCodeAt(end + 3) === 32;
}

const JOIN = /^(?:,\s?|\s(?:og|och|and|&|eller|samt|e)\s)$/;

export function detect(text: string): Finding[] {
  const toks: Tok[] = [];
  const { starts, ends, count } = words(text);
  for (let w = 0; w < count; w++) {
    const s = starts[w]!;
    const e = ends[w]!;
    if (!isUpper(text.charCodeAt(s)) || !capitalised(text, s, e)) continue;
    const c = classify(text.slice(s, e));
    toks.push({ start: s, end: e, lower: c.lower, first: c.first, last: c.last, ambiguous: c.ambiguous, never: c.never });
  }

  const out: Finding[] = [];
  const found = new Set<number>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.never || (!t.first && !t.last)) continue;
    const cue = wordBefore(text, t.start);
    const hasCue = CUES.has(cue);
    if (!t.first) {
      if (t.last && SURNAME_CUES.has(cue)) {
        out.push({ kind: 'name', start: t.start, end: t.end, score: 0.8, detector: id });
        found.add(i);
      }
      continue;
    }
    // Extend over following name tokens separated by one space (a middle initial "A." allowed).
    let j = i;
    let knownLast = false;
    let unknownLast = false;
    while (j + 1 < toks.length) {
      const n = toks[j + 1]!;
      if (!joined(text, toks[j]!.end, n.start) || n.never) break;
      if (n.last || n.first) { knownLast ||= n.last; j++; continue; }
      // An unknown capitalised word right after a clear first name: most likely a surname.
      if (!t.ambiguous && n.lower.length >= 3 && !unknownLast) { unknownLast = true; j++; continue; }
      break;
    }
    let score = 0;
    if (j > i) {
      if (knownLast) score = t.ambiguous && !hasCue ? 0.8 : 0.95;
      else if (toks[j]!.first) score = t.ambiguous ? (hasCue ? 0.85 : 0) : 0.85;
      else score = hasCue ? 0.85 : 0.75;
    } else if (hasCue) score = 0.85;
    else if (!t.ambiguous) score = sentenceStart(text, t.start) ? 0.55 : 0.7;
    if (score === 0) continue;
    out.push({ kind: 'name', start: t.start, end: toks[j]!.end, score, detector: id });
    for (let k = i; k <= j; k++) found.add(k);
    i = j;
  }

  // Names listed together with a found name: "Ola, Kari og Per".
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < toks.length; i++) {
      if (found.has(i) || !toks[i]!.first || toks[i]!.never) continue;
      const prev = i > 0 && found.has(i - 1) && JOIN.test(text.slice(toks[i - 1]!.end, toks[i]!.start));
      const next = i + 1 < toks.length && found.has(i + 1) && JOIN.test(text.slice(toks[i]!.end, toks[i + 1]!.start));
      if (!prev && !next) continue;
      out.push({ kind: 'name', start: toks[i]!.start, end: toks[i]!.end, score: 0.8, detector: id });
      found.add(i);
    }
  }
  return out;
}
