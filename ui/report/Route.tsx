import { useState } from 'preact/hooks';
import { translator, type Language, type Translate } from '../../locales';
import { AUTHORITIES, LOCALE_OF } from '../../report/authorities';
import { COUNTRIES, type Incident } from '../../report/model';
import { documentToText, renderForAuthority, sectionToText } from '../../report/render';
import { internalRecipients, type IncidentSettings } from '../../report/settings';
import { Choice } from './fields';

interface Props {
  t: Translate; lang: Language; draft: Incident; settings: IncidentSettings; now: Date; timeZone: string;
  update: (f: (d: Incident) => Incident) => void;
}

async function copy(text: string, done: () => void) {
  await navigator.clipboard.writeText(text);
  done();
}

/** Where to report: internally first (as policy configures), then the country's authority, with the text in its field order. */
export function Route({ t, lang, draft, settings, now, timeZone, update }: Props) {
  const [copied, setCopied] = useState<string>();
  const authority = AUTHORITIES[draft.country];
  const formLang = authority.language(lang);
  const doc = renderForAuthority(draft, { t: translator(formLang), locale: LOCALE_OF[formLang], timeZone, now });
  const recipients = internalRecipients(settings);
  const notSet = <em>{t('report.route.notConfigured')}</em>;
  const contact = (c: IncidentSettings['press']) => [c.name, c.email, c.phone].filter(Boolean).join(', ');

  return (
    <>
      <p>{t('report.route.internal')}</p>
      <dl class="route">
        <dt>{t('report.route.security')}</dt><dd id="route-security">{settings.securityMailbox || notSet}</dd>
        <dt>{t('report.route.leader')}</dt><dd id="route-internal">{recipients.length ? recipients.join(', ') : notSet}</dd>
        <dt>{t('report.f.dpo')}</dt><dd id="route-dpo">{contact(settings.dpo) || notSet}</dd>
        <dt>{t('report.route.press')}</dt><dd id="route-press">{contact(settings.press) || notSet}</dd>
      </dl>
      <Choice id="country" label={t('report.f.country')} value={draft.country}
        options={COUNTRIES.map((c) => ({ value: c, label: t(`report.authority.${c}`) }))}
        onChange={(c) => c && update((d) => ({ ...d, country: c }))} />
      <p>{t('report.route.authority', { authority: t(`report.authority.${draft.country}`) })}</p>
      <p class="links no-print">
        <a id="authority-form" href={authority.formUrl} target="_blank" rel="noopener noreferrer">{t('report.route.openForm')}</a>
        {' · '}
        <a href={authority.guidanceUrl} target="_blank" rel="noopener noreferrer">{t('report.route.guidance')}</a>
      </p>
      <h3>{t('report.route.text')}</h3>
      <div id="authority-text" lang={formLang} data-country={draft.country}>
        <p class="doc-title">{doc.title}</p>
        {doc.sections.map((s, i) => (
          <div class="doc-section" key={i}>
            <div class="doc-head">
              <h4 id={`doc-s${i}`}>{s.heading}</h4>
              <button type="button" class="small no-print" aria-describedby={`doc-s${i}`} onClick={() => void copy(sectionToText(s), () => setCopied(`s${i}`))}>
                {t('report.out.copy')}
              </button>
              {copied === `s${i}` && <span role="status">{t('report.out.copied')}</span>}
            </div>
            {s.note && <p class="hint">{s.note}</p>}
            <pre>{sectionToText(s)}</pre>
          </div>
        ))}
        {doc.notes.map((n, i) => <p key={i}>{n}</p>)}
      </div>
      <button type="button" id="copy-authority" class="no-print" onClick={() => void copy(documentToText(doc), () => setCopied('all'))}>
        {t('report.out.copy')}
      </button>
      {copied === 'all' && <span role="status"> {t('report.out.copied')}</span>}
    </>
  );
}
