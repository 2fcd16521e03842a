import type { Finding, FindingKind } from './finding';

/** Counts findings per kind, for logs and reports that must not hold the values. */
export function countByKind(findings: Finding[]): Partial<Record<FindingKind, number>> & Record<string, number> {
  const counts: Record<string, number> = {};
  for (const f of findings) counts[f.kind] = (counts[f.kind] ?? 0) + 1;
  return counts;
}
