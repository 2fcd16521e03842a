/** The kinds of personal data Varsam reports. A public contract: the CLI, log and report print them. */
export const FINDING_KINDS = [
  'id.no', 'id.se', 'id.dk', 'id.fi',
  'phone', 'email', 'name', 'birthdate', 'address',
  'special.health', 'special.child-welfare', 'special.protected-identity',
  'special.school-environment', 'special.religion', 'special.ethnicity', 'special.sexual-life',
  'special.political', 'special.trade-union', 'special.criminal', 'special.biometric',
] as const;

export type FindingKind = (typeof FINDING_KINDS)[number];

/**
 * One piece of personal data found in a text.
 * `start`/`end` are UTF-16 code-unit offsets (JavaScript string indices) into the scanned text.
 */
export interface Finding {
  kind: FindingKind;
  start: number;
  end: number;
  /** Confidence 0..1. */
  score: number;
  /** Which detector module produced it, e.g. `no.fodselsnummer`. */
  detector: string;
  /** Which form of the identifier, e.g. `fnr`, `dnr`. */
  variant?: string;
}

export const isSpecialKind = (kind: FindingKind): boolean => kind.startsWith('special.');
