/**
 * Languages and translation, without any strings: the content script and the extension pages
 * each bring their own catalogs (locales/page.ts, locales/index.ts).
 * Pure: no browser APIs, so the same code works in content scripts, pages and Node.
 */
export const LANGUAGES = ['nb', 'nn', 'sv', 'da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export type Catalog = Record<string, string>;
export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** Maps a BCP 47 tag (navigator.language, i18n.getUILanguage()) to one of ours. */
export function languageFromTag(tag: string | undefined): Language | undefined {
  if (!tag) return undefined;
  const base = tag.toLowerCase().split(/[-_]/)[0];
  if (base === 'no' || base === 'nb') return 'nb';
  if (base === 'nn' || base === 'sv' || base === 'da' || base === 'en') return base;
  return undefined;
}

/** The first supported language among the user's preferences; English otherwise. */
export function pickLanguage(setting: string | undefined, preferred: readonly string[]): Language {
  if (setting && setting !== 'auto') {
    const chosen = languageFromTag(setting);
    if (chosen) return chosen;
  }
  for (const tag of preferred) {
    const lang = languageFromTag(tag);
    if (lang) return lang;
  }
  return 'en';
}

/** Translators over `catalogs`: `{name}` placeholders are filled from `vars`; missing keys fall back to English. */
export function translatorFor(catalogs: Record<Language, Catalog>): (lang: Language) => Translate {
  return (lang) => {
    const catalog = catalogs[lang];
    return (key, vars) => {
      const template = catalog[key] ?? catalogs.en[key] ?? key;
      return vars ? template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : template;
    };
  };
}
