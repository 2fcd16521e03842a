import type { EffectivePolicy } from './resolve';
import { DEFAULT_POLICY } from './defaults';

/**
 * Reading the effective policy the service worker stored (policy/store.ts writes it). Light on
 * purpose: content scripts import this, so it must not pull in zod or the detectors.
 */
export const EFFECTIVE_POLICY_KEY = 'varsamPolicy';
/** The user's own settings (paths as in policy/fields.ts), used only where the policy allows. */
export const USER_SETTINGS_KEY = 'varsamUserSettings';
/** The popup's language choice (ui/language.ts); the user's value of `uiLanguage`. */
export const USER_LANGUAGE_KEY = 'uiLanguage';

export interface AreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}
export interface WritableAreaLike extends AreaLike {
  set(items: Record<string, unknown>): Promise<void>;
}

type Changes = Record<string, { newValue?: unknown }>;
export interface StorageLike {
  managed?: AreaLike;
  local: WritableAreaLike;
  onChanged: {
    addListener(cb: (changes: Changes, area: string) => void): void;
    removeListener(cb: (changes: Changes, area: string) => void): void;
  };
}

/** Before the service worker has resolved anything: the defaults (a missing source means `default`). */
export const DEFAULT_EFFECTIVE: EffectivePolicy = { policy: DEFAULT_POLICY, sources: {}, errors: [] };

function isEffective(value: unknown): value is EffectivePolicy {
  return !!value && typeof value === 'object' && 'policy' in value && 'sources' in value && 'errors' in value;
}

/** The effective policy as last stored by the service worker; defaults before the first resolve. */
export async function loadEffectivePolicy(local: AreaLike): Promise<EffectivePolicy> {
  try {
    const stored = (await local.get(EFFECTIVE_POLICY_KEY))[EFFECTIVE_POLICY_KEY];
    if (isEffective(stored)) return stored;
  } catch { /* storage unavailable */ }
  return DEFAULT_EFFECTIVE;
}

/** Whether a storage.onChanged batch for the local area touches the user's inputs to the policy. */
export const touchesUserInputs = (changes: Record<string, unknown>): boolean =>
  USER_SETTINGS_KEY in changes || USER_LANGUAGE_KEY in changes;

/** Picks a new effective policy out of a storage.onChanged batch (local area), if there is one. */
export function effectiveFromChanges(changes: Changes): EffectivePolicy | undefined {
  const v = changes[EFFECTIVE_POLICY_KEY]?.newValue;
  return isEffective(v) ? v : undefined;
}

/** Content scripts and pages: calls `cb` with the effective policy now and on every change. */
export function watchEffectivePolicy(storage: Pick<StorageLike, 'local' | 'onChanged'>, cb: (p: EffectivePolicy) => void): () => void {
  let latestSeen = false;
  const listener = (changes: Changes, area: string) => {
    if (area !== 'local') return;
    const next = effectiveFromChanges(changes);
    if (next) { latestSeen = true; cb(next); }
  };
  storage.onChanged.addListener(listener);
  void loadEffectivePolicy(storage.local).then((p) => { if (!latestSeen) cb(p); });
  return () => storage.onChanged.removeListener(listener);
}
