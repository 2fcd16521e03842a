import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '../../locales';
import { formatInZone } from '../../report/deadline';
import { fillSubject, mailtoLink } from '../../report/mailto';
import { incidentToJson, type Incident } from '../../report/model';
import { documentToText, type ReportDocument } from '../../report/render';
import { internalRecipients, type IncidentSettings } from '../../report/settings';
import type { OutboxItem } from '../../reporting/db';
import { deleteDraft } from '../../reporting/drafts';
import { outboxFor } from '../../reporting/outbox';

interface Props {
  t: Translate; draft: Incident; settings: IncidentSettings; internal: ReportDocument; timeZone: string; locale: string;
  update: (f: (d: Incident) => Incident) => void; flush: () => Promise<void>;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Print, copy, JSON, e-mail to the internal route, POST to the endpoint, close. */
export function Outputs({ t, draft, settings, internal, timeZone, locale, update, flush }: Props) {
  const [copied, setCopied] = useState(false);
  const [outbox, setOutbox] = useState<OutboxItem[]>([]);
  const host = settings.endpoint ? new URL(settings.endpoint).host : '';

  useEffect(() => {
    let stop = false;
    const poll = async () => {
      if (stop) return;
      setOutbox(await outboxFor(draft.id).catch(() => []));
      setTimeout(() => void poll(), 1500);
    };
    void poll();
    return () => { stop = true; };
  }, [draft.id]);

  const text = documentToText(internal);
  const subject = fillSubject(settings.securitySubject || t('report.mail.subject'), {
    unit: draft.reporter.unit,
    site: draft.source.origin ? new URL(draft.source.origin).host : '',
    kinds: Object.keys(draft.kinds).map((k) => t(`kind.${k}`)).join(', '),
  });
  const to = [settings.securityMailbox, ...internalRecipients(settings)].filter(Boolean);
  const mail = mailtoLink({ to, subject, body: text, truncatedNote: t('report.mail.truncated') });
  const pending = outbox.filter((o) => !o.deliveredAt);
  const delivered = outbox.filter((o) => o.deliveredAt).sort((a, b) => b.deliveredAt!.localeCompare(a.deliveredAt!))[0];

  const send = async () => {
    await flush();
    await browser.runtime.sendMessage({ type: 'varsam:report-send', id: draft.id });
    setOutbox(await outboxFor(draft.id));
  };
  const remove = async () => {
    if (!confirm(t('report.out.deleteConfirm'))) return;
    await deleteDraft(draft.id);
    await browser.runtime.sendMessage({ type: 'varsam:report-changed', id: draft.id }).catch(() => undefined);
    window.close();
  };

  return (
    <div class="outputs no-print">
      <button type="button" id="print" onClick={() => window.print()}>{t('report.out.print')}</button>
      <button type="button" id="copy-text" onClick={() => void navigator.clipboard.writeText(text).then(() => setCopied(true))}>
        {t('report.out.copy')}
      </button>
      {copied && <span role="status">{t('report.out.copied')}</span>}
      <button type="button" id="download-json"
        onClick={() => download(`varsam-report-${draft.discoveredAt.slice(0, 10)}-${draft.id.slice(0, 8)}.json`, incidentToJson(draft))}>
        {t('report.out.json')}
      </button>
      <a id="mail-link" class="button" href={mail}>{t('report.out.mail')}</a>
      {settings.endpoint && (
        <button type="button" id="send" onClick={() => void send()}>{t('report.out.send', { host })}</button>
      )}
      <p id="send-status" role="status">
        {pending.length > 0 && t('report.out.queued', { host })}
        {pending.length === 0 && delivered && t('report.out.delivered', { host, time: formatInZone(new Date(delivered.deliveredAt!), timeZone, locale) })}
      </p>
      <div class="closing">
        {draft.status === 'open'
          ? <button type="button" id="close-report" onClick={() => update((d) => ({ ...d, status: 'closed' }))}>{t('report.out.close')}</button>
          : <button type="button" id="reopen-report" onClick={() => update((d) => ({ ...d, status: 'open' }))}>{t('report.out.reopen')}</button>}
        <button type="button" id="delete-report" class="secondary" onClick={() => void remove()}>{t('report.out.delete')}</button>
      </div>
    </div>
  );
}
