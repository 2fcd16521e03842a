import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { LANGUAGES, translator, type Language } from '../../locales';
import { loadLanguage, LANGUAGE_SETTING } from '../language';
import type { LogEvent } from '../../log/event';
import type { TabStatus } from '../../messaging/protocol';
import { EventList } from './EventList';
import { ReportPanel } from './ReportPanel';
import { PolicyErrors } from '../PolicyErrors';
import { watchEffectivePolicy, type StorageLike } from '../../policy/watch';
import type { PolicyError } from '../../policy/resolve';

const LANGUAGE_NAMES: Record<Language, string> = { nb: 'Norsk bokmål', nn: 'Norsk nynorsk', sv: 'Svenska', da: 'Dansk', en: 'English' };

async function activeTabStatus(): Promise<TabStatus> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return { guarded: false };
  try {
    return ((await browser.tabs.sendMessage(tab.id, { type: 'varsam:ping' })) as TabStatus) ?? { guarded: false };
  } catch {
    return { guarded: false }; // no content script: not an http(s) page, or loaded before Varsam
  }
}

export function Popup() {
  const [lang, setLang] = useState<Language>();
  const [setting, setSetting] = useState('auto');
  const [status, setStatus] = useState<TabStatus>();
  const [events, setEvents] = useState<LogEvent[]>();
  const [policyErrors, setPolicyErrors] = useState<PolicyError[]>();
  const [languageLocked, setLanguageLocked] = useState(false);

  useEffect(() => {
    void loadLanguage().then(setLang);
    void browser.storage.local.get(LANGUAGE_SETTING).then((s) => setSetting((s[LANGUAGE_SETTING] as string) ?? 'auto'));
    void activeTabStatus().then(setStatus);
    void browser.runtime.sendMessage({ type: 'varsam:recent-events', limit: 5 }).then((e) => setEvents(e as LogEvent[]));
    // The admin policy can arrive or change while the popup is open.
    return watchEffectivePolicy(browser.storage as unknown as StorageLike, (p) => {
      setPolicyErrors(p.errors);
      setLanguageLocked(p.sources.uiLanguage === 'admin');
      void loadLanguage().then(setLang);
    });
  }, []);

  useEffect(() => { if (lang) document.documentElement.lang = lang; }, [lang]);
  if (!lang) return null;
  const t = translator(lang);

  const chooseLanguage = async (value: string) => {
    await browser.storage.local.set({ [LANGUAGE_SETTING]: value });
    setSetting(value);
    setLang(await loadLanguage());
  };

  return (
    <main>
      <h1>Varsam</h1>
      <p id="status" class={status?.guarded ? 'status guarded' : 'status'} data-guarded={String(!!status?.guarded)}>
        {status === undefined ? '…' : status.guarded ? t('popup.guarded') : t('popup.notGuarded')}
        {status?.adapter && <span class="adapter"> {t('popup.adapter', { adapter: status.adapterName ?? status.adapter })}</span>}
        {status?.missing && <span id="adapter-missing" class="missing"> {t('popup.adapterMissing', { adapter: status.adapterName ?? status.adapter ?? '' })}</span>}
      </p>
      <ReportPanel t={t} />
      <PolicyErrors t={t} errors={policyErrors} />
      <h2>{t('popup.recent')}</h2>
      <EventList t={t} events={events} />
      {!languageLocked && <label class="language">
        {t('popup.language')}{' '}
        <select id="language" value={setting} onChange={(e) => void chooseLanguage((e.target as HTMLSelectElement).value)}>
          <option value="auto">{t('popup.language.auto')}</option>
          {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_NAMES[l]}</option>)}
        </select>
      </label>}
    </main>
  );
}
