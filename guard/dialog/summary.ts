import { maskValue } from '../../detectors/core/mask';
import type { Finding } from '../../detectors/core/finding';

export interface FindingGroup {
  kind: Finding['kind'];
  /** Masked values, never the clear text. */
  masked: string[];
}

/** Groups findings by kind with masked values, in the order they first appear. */
export function summarise(text: string, findings: Finding[]): FindingGroup[] {
  const groups = new Map<Finding['kind'], FindingGroup>();
  for (const f of findings) {
    const group = groups.get(f.kind) ?? { kind: f.kind, masked: [] };
    group.masked.push(maskValue(text.slice(f.start, f.end)));
    groups.set(f.kind, group);
  }
  return [...groups.values()];
}
