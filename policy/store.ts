import { resolvePolicy, defaultEffectivePolicy, type EffectivePolicy } from './resolve';

/**
 * Where the policy lives. The service worker reads storage.managed (admin) and the user's
 * settings from storage.local, resolves them and stores the result under EFFECTIVE_POLICY_KEY;
 * content scripts and pages read that key and watch it. Takes storage areas as parameters so it
 * runs against fakes in tests (no browser import here).
 */
export const EFFECTIVE_POLICY_KEY = 'varsamPolicy';
/** The user's own settings (paths as in policy/fields.ts), used only where the policy allows. */
export const USER_SETTINGS_KEY = 'varsamUserSettings';
/** Last good admin value per field, so an invalid new value does not loosen anything. */
export const LAST_GOOD_KEY = 'varsamPolicyLastGood';
/** The popup's language choice (ui/language.ts); the user's value of `uiLanguage`. */
export const USER_LANGUAGE_KEY = 'uiLanguage';

export interface AreaLike {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
}
export interface WritableAreaLike extends AreaLike {
  set(items: Record<string, unknown>): Promise<void>;
}

async function readManaged(managed: AreaLike | undefined): Promise<Record<string, unknown>> {
  if (!managed) return {};
  try {
    return (await managed.get(null)) ?? {};
  } catch {
    return {}; // Firefox without policies.json, or no managed_schema: nothing set by an admin
  }
}

/** Reads every source, resolves, stores the result (and the last good values). */
export async function refreshEffectivePolicy(areas: { managed?: AreaLike; local: WritableAreaLike }): Promise<EffectivePolicy> {
  const managed = await readManaged(areas.managed);
  const local = await areas.local.get([USER_SETTINGS_KEY, LAST_GOOD_KEY, USER_LANGUAGE_KEY]);
  const userSettings = (local[USER_SETTINGS_KEY] && typeof local[USER_SETTINGS_KEY] === 'object' ? local[USER_SETTINGS_KEY] : {}) as Record<string, unknown>;
  const user = { ...userSettings };
  if (typeof local[USER_LANGUAGE_KEY] === 'string') user.uiLanguage = local[USER_LANGUAGE_KEY];
  const lastGood = (local[LAST_GOOD_KEY] && typeof local[LAST_GOOD_KEY] === 'object' ? local[LAST_GOOD_KEY] : {}) as Record<string, unknown>;
  const { lastGood: nextLastGood, ...effective } = resolvePolicy({ managed, user, lastGood });
  await areas.local.set({ [EFFECTIVE_POLICY_KEY]: effective, [LAST_GOOD_KEY]: nextLastGood });
  return effective;
}

function isEffective(value: unknown): value is EffectivePolicy {
  return !!value && typeof value === 'object' && 'policy' in value && 'sources' in value && 'errors' in value;
}

/** The effective policy as last stored by the service worker; defaults before the first resolve. */
export async function loadEffectivePolicy(local: AreaLike): Promise<EffectivePolicy> {
  try {
    const stored = (await local.get(EFFECTIVE_POLICY_KEY))[EFFECTIVE_POLICY_KEY];
    if (isEffective(stored)) return stored;
  } catch { /* storage unavailable */ }
  return defaultEffectivePolicy();
}

/** Whether a storage.onChanged batch for the local area touches the user's inputs to the policy. */
export const touchesUserInputs = (changes: Record<string, unknown>): boolean =>
  USER_SETTINGS_KEY in changes || USER_LANGUAGE_KEY in changes;

/** Picks a new effective policy out of a storage.onChanged batch (local area), if there is one. */
export function effectiveFromChanges(changes: Record<string, { newValue?: unknown }>): EffectivePolicy | undefined {
  const v = changes[EFFECTIVE_POLICY_KEY]?.newValue;
  return isEffective(v) ? v : undefined;
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

/**
 * Service worker: resolves the policy now and again whenever the admin's policy changes (on
 * Chromium it arrives seconds after start and can change any time) or the user's settings do.
 * Refreshes run one after the other. `onResolved` sees each new effective policy.
 */
export function keepPolicyResolved(storage: StorageLike, onResolved?: (p: EffectivePolicy) => void): Promise<EffectivePolicy> {
  let chain: Promise<EffectivePolicy> = Promise.resolve(defaultEffectivePolicy());
  const refresh = () => {
    chain = chain.catch(() => undefined).then(async () => {
      const p = await refreshEffectivePolicy(storage);
      onResolved?.(p);
      return p;
    });
    return chain;
  };
  storage.onChanged.addListener((changes, area) => {
    if (area === 'managed' || (area === 'local' && touchesUserInputs(changes))) void refresh();
  });
  return refresh();
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
