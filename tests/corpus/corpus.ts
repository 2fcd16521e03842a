/**
 * The labelled synthetic corpus: letters, e-mails, posts, invoices and tables in nb, nn, sv, da
 * (and a little fi/en), with decoys (accounts, organisation numbers, KID/OCR, invoice and case
 * numbers, meeting dates, place names). Labels are inline: ⟦kind|text⟧. All identities are
 * synthetic: ID numbers come from public test vectors or are generated from the rules (Tenor/NAV
 * synthetic months, Danish numbers born in the 1800s, samordningsnummer).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Label { kind: string; start: number; end: number }
export interface Doc { name: string; text: string; labels: Label[] }

const MARK = /⟦([a-z.\-]+)\|([^⟧]*)⟧/g;

/** Strips the markup and returns the plain text with label offsets into it. */
export function parse(name: string, marked: string): Doc {
  let text = '';
  let last = 0;
  const labels: Label[] = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    labels.push({ kind: m[1]!, start: text.length, end: text.length + m[2]!.length });
    text += m[2];
    last = m.index + m[0].length;
  }
  text += marked.slice(last);
  return { name, text, labels };
}

export function loadCorpus(dir = fileURLToPath(new URL('./docs/', import.meta.url))): Doc[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
    .map((f) => parse(f, readFileSync(dir + f, 'utf8')));
}

export interface Score { tp: number; fp: number; fn: number; precision: number; recall: number }

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/**
 * Per-kind precision and recall: a finding counts as correct when a label of the same kind
 * overlaps it. `group` maps kinds to the reported group (e.g. all id.* to "id").
 */
export function evaluate(docs: Doc[], found: (text: string) => { kind: string; start: number; end: number }[], group = (k: string) => k) {
  const s: Record<string, { tp: number; fp: number; fn: number }> = {};
  const misses: { doc: string; kind: string; what: 'fp' | 'fn'; text: string }[] = [];
  const get = (k: string) => (s[k] ??= { tp: 0, fp: 0, fn: 0 });
  for (const doc of docs) {
    const fs = found(doc.text);
    for (const f of fs) {
      if (doc.labels.some((l) => l.kind === f.kind && overlaps(l, f))) get(group(f.kind)).tp++;
      else { get(group(f.kind)).fp++; misses.push({ doc: doc.name, kind: f.kind, what: 'fp', text: doc.text.slice(f.start, f.end) }); }
    }
    for (const l of doc.labels) {
      if (!fs.some((f) => f.kind === l.kind && overlaps(l, f))) {
        get(group(l.kind)).fn++;
        misses.push({ doc: doc.name, kind: l.kind, what: 'fn', text: doc.text.slice(l.start, l.end) });
      }
    }
  }
  const scores: Record<string, Score> = {};
  for (const [k, v] of Object.entries(s)) {
    scores[k] = { ...v, precision: v.tp + v.fp ? v.tp / (v.tp + v.fp) : 1, recall: v.tp + v.fn ? v.tp / (v.tp + v.fn) : 1 };
  }
  return { scores, misses };
}
