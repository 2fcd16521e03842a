import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translator, type Language } from '../../locales';
import { loadLanguage } from '../language';
import { watchEffectivePolicy, type StorageLike } from '../../policy/watch';
import type { EffectivePolicy } from '../../policy/resolve';
import { PolicyErrors } from '../PolicyErrors';
import { PolicyTable } from './PolicyTable';
import { UserSettingsForm } from './UserSettings';
import { LogView } from './LogView';

/** The options page: the effective policy with each value's source, the user's own settings, the log. */
export function Options() {
  const [lang, setLang] = useState<Language>();
  const [effective, setEffective] = useState<EffectivePolicy>();

  useEffect(() => watchEffectivePolicy(browser.storage as unknown as StorageLike, (p) => {
    setEffective(p);
    void loadLanguage().then(setLang);
  }), []);
  useEffect(() => { if (lang) document.documentElement.lang = lang; }, [lang]);
  if (!lang || !effective) return null;
  const t = translator(lang);
  const org = effective.policy.orgName;

  return (
    <main>
      <h1>{t('options.title')}{org && <span class="org"> · {org}</span>}</h1>
      <PolicyErrors t={t} errors={effective.errors} />
      <section aria-labelledby="policy-title">
        <h2 id="policy-title">{t('options.policy')}</h2>
        <p>{t('options.policyIntro')}</p>
        <PolicyTable t={t} effective={effective} />
      </section>
      <section aria-labelledby="user-title">
        <h2 id="user-title">{t('options.yours')}</h2>
        <p>{t('options.yoursIntro')}</p>
        <UserSettingsForm t={t} effective={effective} />
      </section>
      <LogView t={t} retentionDays={effective.policy.logRetentionDays} />
    </main>
  );
}
