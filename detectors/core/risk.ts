import { isSpecialKind, type Finding } from './finding';

export type Severity = 'none' | 'low' | 'high';

export interface Risk {
  /** Whether the action should be held for the user to look at. */
  hold: boolean;
  severity: Severity;
  /** Special-category context found next to personal data (named in the dialog). */
  specialKinds: Finding['kind'][];
}

/**
 * Special-category findings (`special.*`) are context: alone they never hold an action (a post
 * about the school nurse's visit is fine); together with personal data they raise the severity.
 */
export function assessRisk(findings: Finding[]): Risk {
  const personal = findings.filter((f) => !isSpecialKind(f.kind));
  const specialKinds = [...new Set(findings.filter((f) => isSpecialKind(f.kind)).map((f) => f.kind))];
  if (personal.length === 0) return { hold: false, severity: 'none', specialKinds: [] };
  const strong = personal.some((f) => f.kind.startsWith('id.')) || specialKinds.length > 0;
  return { hold: true, severity: strong ? 'high' : 'low', specialKinds };
}
