import { browser } from 'wxt/browser';
import { pickLanguage, translator, type Language, type Translate } from '../locales';

/** storage.local key of the user's language choice ('auto' = follow the browser). */
export const LANGUAGE_SETTING = 'uiLanguage';

export async function loadLanguage(): Promise<Language> {
  let setting: string | undefined;
  try {
    const stored = await browser.storage.local.get(LANGUAGE_SETTING);
    setting = typeof stored[LANGUAGE_SETTING] === 'string' ? (stored[LANGUAGE_SETTING] as string) : undefined;
  } catch { /* storage unavailable: follow the browser */ }
  const preferred = [...(navigator.languages ?? []), navigator.language].filter(Boolean);
  return pickLanguage(setting, preferred);
}

export async function loadTranslator(): Promise<{ lang: Language; t: Translate }> {
  const lang = await loadLanguage();
  return { lang, t: translator(lang) };
}
