import type { Finding, FindingKind } from './core/finding';
import * as noFnr from './no/fodselsnummer.detector';
import * as sePnr from './se/personnummer.detector';
import * as dkCpr from './dk/cpr.detector';
import * as fiHetu from './fi/hetu.detector';
import * as phone from './common/phone';
import * as email from './common/email';
import * as birthdate from './common/birthdate';
import * as address from './common/address';
import * as names from './common/names';
import * as special from './common/special';
import { DATE, parseDate } from './common/dates';
import { releaseWords } from './core/words';
import { wordsBefore } from './core/chars';

export type { Finding, FindingKind } from './core/finding';
export { FINDING_KINDS, isSpecialKind } from './core/finding';
export { maskValue } from './core/mask';
export { assessRisk, type Risk, type Severity } from './core/risk';

/** Every detector, by id. Each is one module: pattern, context words, validate(). */
export const DETECTORS = {
  [noFnr.id]: noFnr.detect,
  [sePnr.id]: (text: string, o: ScanOptions) => sePnr.detect(text, o.today),
  [dkCpr.id]: dkCpr.detect,
  [fiHetu.id]: fiHetu.detect,
  [phone.id]: phone.detect,
  [email.id]: email.detect,
  [birthdate.id]: birthdate.detect,
  [address.id]: address.detect,
  [names.id]: names.detect,
  [special.id]: special.detect,
} as const satisfies Record<string, (text: string, o: ScanOptions) => Finding[]>;

export type DetectorId = keyof typeof DETECTORS;
export const DETECTOR_IDS = Object.keys(DETECTORS) as DetectorId[];

export interface DetectorOptions {
  /** Off when false. Default: on. */
  enabled?: boolean;
  /** Findings of this detector below this score are dropped (overrides the global minScore). */
  minScore?: number;
}

/**
 * Options for scan(). A plain object, so admin policy can pass it straight through:
 * `{ minScore: 0.6, detectors: { 'common.names': { enabled: false }, 'dk.cpr': { minScore: 0.9 } } }`.
 */
export interface ScanOptions {
  /** Findings below this score are dropped. Default 0.5. */
  minScore?: number;
  /** Per-detector settings, keyed by detector id (see DETECTOR_IDS). */
  detectors?: Partial<Record<string, DetectorOptions>>;
  /** "Today" for century decisions (Swedish 10-digit numbers). Default: now. */
  today?: Date;
}

const TIER: Record<string, number> = { id: 5, email: 4, phone: 3, address: 2, birthdate: 2, name: 1 };
const tier = (f: Finding): number => (f.score < 0.6 ? 0 : TIER[f.kind.startsWith('id.') ? 'id' : f.kind] ?? 0);

/** Danish or Swedish? Used only when a 10-digit number validates as both. */
function nordicHint(text: string, at: number): 'dk' | 'se' | undefined {
  const w = text.slice(Math.max(0, at - 300), at + 300);
  const dk = (w.match(/[æøÆØ]/g) ?? []).length;
  const se = (w.match(/[äöÄÖ]/g) ?? []).length;
  return dk > se ? 'dk' : se > dk ? 'se' : undefined;
}

function better(a: Finding, b: Finding, text: string): Finding {
  if (a.kind.startsWith('id.') && b.kind.startsWith('id.') && a.kind !== b.kind) {
    const pair = new Set([a.kind, b.kind]);
    if (pair.has('id.dk') && pair.has('id.se') && Math.abs(a.score - b.score) < 0.1) {
      const label = wordsBefore(text, Math.min(a.start, b.start), 4, 40);
      const hint = /cpr/.test(label) ? 'dk' : /samordning|reservn/.test(label) ? 'se' : nordicHint(text, a.start);
      if (hint) return a.kind === `id.${hint}` ? a : b;
    }
  }
  const ta = tier(a), tb = tier(b);
  if (ta !== tb) return ta > tb ? a : b;
  if (a.score !== b.score) return a.score > b.score ? a : b;
  return a.end - a.start >= b.end - b.start ? a : b;
}

/** Keeps the best of overlapping personal-data findings; special-category context is kept as is. */
function resolve(findings: Finding[], text: string): Finding[] {
  const personal = findings.filter((f) => !f.kind.startsWith('special.')).sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Finding[] = [];
  for (const f of personal) {
    const last = kept[kept.length - 1];
    if (last && f.start < last.end) kept[kept.length - 1] = better(last, f, text);
    else kept.push(f);
  }
  return kept;
}

/** "Ola Nordmann (12.03.2016)": a date in brackets right after a name is a birth date. */
const AFTER_NAME = /^,? ?\((?:f\.|født|fødd|född|b\.)? ?/i;
function datesAfterNames(text: string, found: Finding[]): Finding[] {
  const out: Finding[] = [];
  for (const f of found) {
    if (f.kind !== 'name') continue;
    const seg = text.slice(f.end, f.end + 40);
    const lead = AFTER_NAME.exec(seg);
    if (!lead || !seg.includes('(')) continue;
    DATE.lastIndex = 0;
    const rest = seg.slice(lead[0].length);
    const m = DATE.exec(rest);
    if (!m || m.index !== 0 || !parseDate(m) || !/^\s*\)/.test(rest.slice(m[0].length))) continue;
    const start = f.end + lead[0].length;
    out.push({ kind: 'birthdate', start, end: start + m[0].length, score: 0.85, detector: birthdate.id });
  }
  return out;
}

/** Texts longer than this are scanned in pieces cut at paragraph breaks, so memory per call stays bounded. */
const CHUNK = 1 << 18;

/** Where to cut `text` near `at`: after a blank line, else after a line break, else at `at`. */
function cutPoint(text: string, from: number, at: number): number {
  const para = text.lastIndexOf('\n\n', at);
  if (para > from + CHUNK / 2) return para + 2;
  const line = text.lastIndexOf('\n', at);
  if (line > from + CHUNK / 2) return line + 1;
  return at;
}

function scanPiece(text: string, options: ScanOptions): Finding[] {
  const globalMin = options.minScore ?? 0.5;
  const all: Finding[] = [];
  try {
    for (const detectorId of DETECTOR_IDS) {
      const o = options.detectors?.[detectorId];
      if (o?.enabled === false) continue;
      const min = o?.minScore ?? globalMin;
      for (const f of DETECTORS[detectorId](text, options)) if (f.score >= min) all.push(f);
    }
  } finally {
    releaseWords();
  }
  let personal = resolve(all, text);
  if (options.detectors?.[birthdate.id]?.enabled !== false) {
    const extra = datesAfterNames(text, personal).filter((d) => !personal.some((f) => f.start < d.end && d.start < f.end));
    if (extra.length) personal = personal.concat(extra);
  }
  const specials = all.filter((f) => f.kind.startsWith('special.'));
  return personal.concat(specials).sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Finds personal data in `text`: Nordic ID numbers, phone numbers, e-mail addresses, birth
 * dates, street addresses, names, and special-category context. Pure: no DOM, no browser APIs;
 * runs in Node too. Offsets are UTF-16 code units. Linear in the length of the text; long texts
 * are scanned in pieces of about 256 thousand characters cut at paragraph breaks (the same
 * piece size for every long text keeps time per megabyte flat: 10 MB ≈ 10 × 1 MB).
 */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  if (text.length <= CHUNK * 2) return scanPiece(text, options);
  const out: Finding[] = [];
  for (let from = 0; from < text.length;) {
    const to = from + CHUNK * 1.5 >= text.length ? text.length : cutPoint(text, from, from + CHUNK);
    for (const f of scanPiece(text.slice(from, to), options)) {
      f.start += from;
      f.end += from;
      out.push(f);
    }
    from = to;
  }
  return out;
}

export { countByKind } from './core/count';
