import { browser } from 'wxt/browser';
import { pickLanguage, type Language } from '../locales/language';
import { EFFECTIVE_POLICY_KEY } from '../policy/watch';
import type { EffectivePolicy } from '../policy/resolve';

/** storage.local key of the user's language choice ('auto' = follow the browser). */
export const LANGUAGE_SETTING = 'uiLanguage';

export async function loadLanguage(): Promise<Language> {
  let setting: string | undefined;
  try {
    const stored = await browser.storage.local.get([LANGUAGE_SETTING, EFFECTIVE_POLICY_KEY]);
    setting = typeof stored[LANGUAGE_SETTING] === 'string' ? (stored[LANGUAGE_SETTING] as string) : undefined;
    // An administrator's choice of language wins over the user's.
    const effective = stored[EFFECTIVE_POLICY_KEY] as EffectivePolicy | undefined;
    if (effective?.sources?.uiLanguage === 'admin') setting = effective.policy.uiLanguage;
  } catch { /* storage unavailable: follow the browser */ }
  const preferred = [...(navigator.languages ?? []), navigator.language].filter(Boolean);
  return pickLanguage(setting, preferred);
}
