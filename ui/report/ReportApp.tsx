import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translator, type Language } from '../../locales';
import { LOCALE_OF } from '../../report/authorities';
import { formatInZone } from '../../report/deadline';
import { documentToText, renderInternal } from '../../report/render';
import { typedIdNumbers } from '../../report/typed-ids';
import type { IncidentSettings } from '../../report/settings';
import { loadIncidentSettings } from '../../reporting/settings';
import { loadLanguage } from '../language';
import { Checklist } from './Checklist';
import { Clock } from './Clock';
import { IncidentForm } from './IncidentForm';
import { Outputs } from './Outputs';
import { Route } from './Route';
import { Section } from './fields';
import { useDraft } from './useDraft';
import { useNow } from './useNow';

const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** Labels of the free-text fields typedIdNumbers() reports, by field id. */
const FIELD_LABELS: Record<string, string> = {
  what: 'report.f.whatHappened', how: 'report.f.howItHappened', 'other-data': 'report.f.otherData', 'where-now': 'report.f.whereNow',
  consequences: 'report.f.consequences', 'measures-text': 'report.f.measuresOther', planned: 'report.f.planned', prevent: 'report.f.prevent',
  'informed-how': 'report.f.how', 'informed-why-not': 'report.f.whyNot', 'delay-reason': 'report.f.delayReason',
};

/** The incident report page: countdown, the report, where to send it, the checklist, outputs. */
export function ReportApp({ id }: { id: string }) {
  const [lang, setLang] = useState<Language>();
  const [settings, setSettings] = useState<IncidentSettings>();
  const { draft, update, saved, flush } = useDraft(id);
  const now = useNow();

  useEffect(() => {
    void loadLanguage().then(setLang);
    void loadIncidentSettings().then(setSettings);
    // Policy can arrive or change while the page is open (managed storage comes seconds after start).
    const onChanged = () => { void loadIncidentSettings().then(setSettings); void loadLanguage().then(setLang); };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  }, []);
  // A report created before the policy arrived gets the DPO from it once it is there.
  useEffect(() => {
    if (!draft || !settings) return;
    const empty = !draft.dpo.name && !draft.dpo.email && !draft.dpo.phone;
    if (empty && (settings.dpo.name || settings.dpo.email || settings.dpo.phone)) update((d) => ({ ...d, dpo: { ...settings.dpo } }));
  }, [settings, draft?.id]);
  useEffect(() => {
    if (!lang) return;
    document.documentElement.lang = lang;
    document.title = `${translator(lang)('report.page.title')} · Varsam`;
  }, [lang]);

  if (!lang || !settings || draft === undefined) return <p aria-busy="true">…</p>;
  const t = translator(lang);
  const locale = LOCALE_OF[lang];
  if (draft === null) return <main><h1>{t('report.page.title')}</h1><p id="not-found" role="alert">{t('report.notFound')}</p></main>;
  const internal = renderInternal(draft, { t, locale, timeZone, now });
  const typed = typedIdNumbers(draft);

  return (
    <main data-report-id={draft.id} data-status={draft.status}>
      <header class="top">
        <h1>{t('report.page.title')}</h1>
        <p id="save-state" class="save-state" role="status">
          {saved.error ? t('report.saveFailed', { error: saved.error }) : saved.at ? t('report.saved', { time: formatInZone(new Date(saved.at), timeZone, locale) }) : ''}
        </p>
        {draft.status === 'closed'
          ? <p id="closed" class="closed">{t('report.closed')}</p>
          : <Clock t={t} discoveredAt={draft.discoveredAt} now={now} timeZone={timeZone} locale={locale} />}
      </header>
      <form class="report no-print-form" onSubmit={(e) => e.preventDefault()}>
        <IncidentForm t={t} draft={draft} update={update} timeZone={timeZone} now={now} units={settings.units} />
      </form>
      {typed.length > 0 && (
        <p id="typed-ids" class="warning no-print" role="status">
          {t('report.typedIds', { fields: typed.map((f) => FIELD_LABELS[f.field] ? t(FIELD_LABELS[f.field]!) : f.field).join('”, “') })}
        </p>
      )}
      <Section id="s-route" title={t('report.s.route')}>
        <Route t={t} lang={lang} draft={draft} settings={settings} now={now} timeZone={timeZone} update={update} />
      </Section>
      <Section id="s-checklist" title={t('report.s.checklist')}>
        <Checklist t={t} draft={draft} update={update} timeZone={timeZone} locale={locale} />
      </Section>
      <Section id="s-outputs" title={t('report.s.outputs')}>
        <Outputs t={t} draft={draft} settings={settings} internal={internal} timeZone={timeZone} locale={locale} update={update} flush={flush} />
      </Section>
      <pre class="print-only" id="internal-text">{documentToText(internal)}</pre>
    </main>
  );
}
