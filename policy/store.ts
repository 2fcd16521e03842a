import { resolvePolicy, defaultEffectivePolicy, type EffectivePolicy } from './resolve';
import {
  EFFECTIVE_POLICY_KEY, USER_SETTINGS_KEY, USER_LANGUAGE_KEY, touchesUserInputs,
  type AreaLike, type WritableAreaLike, type StorageLike,
} from './watch';

export * from './watch';

/**
 * Where the policy lives. The service worker reads storage.managed (admin) and the user's
 * settings from storage.local, resolves them and stores the result under EFFECTIVE_POLICY_KEY;
 * content scripts and pages read that key and watch it (policy/watch.ts). Takes storage areas
 * as parameters so it runs against fakes in tests (no browser import here).
 */
/** Last good admin value per field, so an invalid new value does not loosen anything. */
export const LAST_GOOD_KEY = 'varsamPolicyLastGood';

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
