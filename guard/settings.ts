import { browser } from 'wxt/browser';

/**
 * What the guard needs from policy. Until the policy module (policy/) lands its schema and
 * effective-policy loader, this reads the same keys from managed storage and falls back to
 * the defaults below. `loadGuardSettings` is the one place to switch over.
 */
export interface JournalRule {
  /** Regular expression matched against the full URL. */
  urlPattern: string;
  text?: string;
  attachments?: string;
  publicToggle?: string;
  /** The inverse control ("unntatt offentlighet", tilgangskode …): empty means public. */
  exemption?: string;
  finalise: string;
}

export interface GuardSettings {
  /** The organisation's e-mail domains; recipients elsewhere are external. Empty: every recipient counts as external. */
  orgDomains: string[];
  /** When the child confirmations (protected identity, guardians' consent) are asked. */
  childConfirmations: 'always' | 'public' | 'off';
  /** More visible external addresses in To/Cc than this suggests Bcc. */
  visibleRecipientLimit: number;
  /** Admin-described records-journal systems. */
  journalRules: JournalRule[];
}

export const DEFAULT_SETTINGS: GuardSettings = {
  orgDomains: [],
  childConfirmations: 'always',
  visibleRecipientLimit: 5,
  journalRules: [],
};

/** Test builds also read `varsam:test-guard-settings` from storage.local, so e2e tests can vary policy quickly. */
const TEST_KEY = 'varsam:test-guard-settings';

export function mergeSettings(...sources: Array<Partial<GuardSettings> | undefined>): GuardSettings {
  const out: GuardSettings = { ...DEFAULT_SETTINGS };
  for (const s of sources) {
    if (!s || typeof s !== 'object') continue;
    if (Array.isArray(s.orgDomains)) out.orgDomains = s.orgDomains.filter((d) => typeof d === 'string').map((d) => d.toLowerCase().replace(/^@/, ''));
    if (s.childConfirmations === 'always' || s.childConfirmations === 'public' || s.childConfirmations === 'off') out.childConfirmations = s.childConfirmations;
    if (typeof s.visibleRecipientLimit === 'number' && s.visibleRecipientLimit > 0) out.visibleRecipientLimit = s.visibleRecipientLimit;
    if (Array.isArray(s.journalRules)) out.journalRules = s.journalRules.filter((r) => r && typeof r.urlPattern === 'string' && typeof r.finalise === 'string');
  }
  return out;
}

export async function loadGuardSettings(): Promise<GuardSettings> {
  let managed: Record<string, unknown> = {};
  try { managed = await browser.storage.managed.get(null); } catch { /* no managed storage */ }
  const fromPolicy: Partial<GuardSettings> = {
    orgDomains: (managed.orgEmailDomains ?? managed.orgDomains) as string[] | undefined,
    childConfirmations: managed.childConfirmations as GuardSettings['childConfirmations'] | undefined,
    journalRules: managed.journalRules as JournalRule[] | undefined,
  };
  let test: Partial<GuardSettings> | undefined;
  if (import.meta.env.MODE === 'test') {
    try { test = (await browser.storage.local.get(TEST_KEY))[TEST_KEY] as Partial<GuardSettings> | undefined; } catch { /* ignore */ }
  }
  return mergeSettings(fromPolicy, test);
}
