import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '../../locales';
import { badgeText, remaining } from '../../report/deadline';
import type { Incident } from '../../report/model';
import { openDrafts } from '../../reporting/drafts';

/** Asks the worker to open the report page (it creates the prefilled draft); closes the popup. */
export async function requestReport(request: { eventId?: number; reportId?: string; withPage?: boolean }): Promise<void> {
  let pageUrl: string | undefined;
  if (request.withPage) pageUrl = (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.url;
  await browser.runtime.sendMessage({ type: 'varsam:open-report', eventId: request.eventId, reportId: request.reportId, pageUrl });
  window.close();
}

function clockText(t: Translate, discoveredAt: string, now: Date): string {
  const left = remaining(new Date(discoveredAt), now);
  const vars = { hours: left.hours, minutes: left.minutes };
  return left.late ? t('report.clock.late', vars) : t('report.clock.left', vars);
}

/** The big "Report breach" button and the reports that are still open, most urgent first. */
export function ReportPanel({ t }: { t: Translate }) {
  const [open, setOpen] = useState<Incident[]>();
  useEffect(() => { void openDrafts().then(setOpen).catch(() => setOpen([])); }, []);
  const now = new Date();

  return (
    <div class="report-panel">
      <button type="button" id="report-breach" class="report-breach" onClick={() => void requestReport({ withPage: true })}>
        {t('report.action')}
      </button>
      {!!open?.length && (
        <>
          <h2>{t('report.popup.open')}</h2>
          <ul id="open-reports" class="open-reports">
            {open.map((r) => (
              <li key={r.id} data-report-id={r.id}>
                <button type="button" class="link" onClick={() => void requestReport({ reportId: r.id })}>
                  <span class="left" aria-hidden="true">{badgeText(new Date(r.discoveredAt), now)}</span>
                  <span class="visually-hidden">{clockText(t, r.discoveredAt, now)} </span>{' '}
                  {r.source.origin ? new URL(r.source.origin).host : t('report.untitled')}{' · '}
                  {t('report.popup.item', { time: new Date(r.discoveredAt).toLocaleString() })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
