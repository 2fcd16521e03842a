import { browser } from 'wxt/browser';
import type { Policy } from '../policy/schema';
import type { ScanOptions } from '../detectors';
import { scanOptionsOf } from '../policy/sites';
import { urlPatternToRegExp } from '../policy/url-pattern';

/**
 * What the guard needs from the effective policy (policy/), in the shape the engine uses.
 * `settingsFromPolicy` is the mapping; test builds can still override it (TEST_KEY below).
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
  /** Which detectors are on and their thresholds (policy `detectors`, `minScore`). */
  scanOptions?: ScanOptions;
  /** Test builds only (set through TEST_KEY): shorter waits, so e2e tests need not sit through them. */
  timing?: GuardTiming;
}

export interface GuardTiming {
  /** Wait before the "checking the file" status shows (default guard/files/checking.tsx PROGRESS_DELAY_MS). */
  progressDelayMs?: number;
  /** Silence from the file checker after which a check is given up (default guard/files/inspect.ts CHECK_STALL_MS). */
  checkStallMs?: number;
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
    if (s.scanOptions && typeof s.scanOptions === 'object') out.scanOptions = s.scanOptions;
    if (Array.isArray(s.journalRules)) out.journalRules = s.journalRules.filter((r) => r && typeof r.urlPattern === 'string' && typeof r.finalise === 'string');
  }
  return out;
}

/** The admin's site rules for journal systems, as journal rules (URL pattern → regular expression). */
function journalRulesOf(policy: Policy): JournalRule[] {
  return policy.siteRules.filter((r) => r.action === 'journal-publish').flatMap((r) => {
    const re = urlPatternToRegExp(r.urlPattern);
    return re ? [{ urlPattern: re.source, text: r.text, attachments: r.attachments, publicToggle: r.publicToggle, exemption: r.exemption, finalise: r.finalise }] : [];
  });
}

export function settingsFromPolicy(policy: Policy): GuardSettings {
  return mergeSettings({
    orgDomains: policy.orgEmailDomains,
    childConfirmations: policy.childConfirmations,
    visibleRecipientLimit: policy.visibleRecipientLimit,
    journalRules: journalRulesOf(policy),
    scanOptions: scanOptionsOf(policy),
  });
}

export async function loadGuardSettings(policy: Policy): Promise<GuardSettings> {
  let test: Partial<GuardSettings> | undefined;
  let timing: GuardTiming | undefined;
  if (import.meta.env.MODE === 'test') {
    try { test = (await browser.storage.local.get(TEST_KEY))[TEST_KEY] as Partial<GuardSettings> | undefined; } catch { /* ignore */ }
    timing = timingOf(test?.timing);
  }
  return { ...mergeSettings(settingsFromPolicy(policy), test), ...(timing ? { timing } : {}) };
}

/** Only in test builds: numbers from 0 to 10 minutes, anything else left at the default. */
function timingOf(value: unknown): GuardTiming | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const ms = (v: unknown) => (typeof v === 'number' && v >= 0 && v <= 600_000 ? v : undefined);
  const { progressDelayMs, checkStallMs } = value as GuardTiming;
  return { progressDelayMs: ms(progressDelayMs), checkStallMs: ms(checkStallMs) };
}
