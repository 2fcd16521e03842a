import type { Finding } from './core/finding';
import { detectNorwegianId } from './no/fodselsnummer.detector';

export type { Finding, FindingKind } from './core/finding';
export { FINDING_KINDS, isSpecialKind } from './core/finding';
export { maskValue } from './core/mask';
export { assessRisk, type Risk, type Severity } from './core/risk';

export interface ScanOptions {
  /** Findings below this score are dropped. */
  minScore?: number;
}

/** Finds personal data in `text`. Pure: no DOM, no browser APIs; runs in Node too. */
export function scan(text: string, options: ScanOptions = {}): Finding[] {
  const minScore = options.minScore ?? 0.5;
  return detectNorwegianId(text)
    .filter((f) => f.score >= minScore)
    .sort((a, b) => a.start - b.start);
}

/** Counts findings per kind, for logs and reports that must not hold the values. */
export function countByKind(findings: Finding[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  return counts;
}
