import type { Translate } from '../../locales';
import type { LogEvent } from '../../log/event';
import { requestReport } from './ReportPanel';

/** The last few decisions: when, where, what was decided and which kinds of data. */
export function EventList({ t, events }: { t: Translate; events: LogEvent[] | undefined }) {
  if (events === undefined) return <p>…</p>;
  if (events.length === 0) return <p class="empty">{t('popup.noEvents')}</p>;
  return (
    <ul class="events" id="events">
      {events.map((e) => (
        <li key={e.id} data-decision={e.decision}>
          <time dateTime={e.time}>{new Date(e.time).toLocaleString()}</time>{' '}
          <span class="site">{new URL(e.origin).host}</span>
          <br />
          <strong>{t(`decision.${e.decision}`)}</strong>:{' '}
          {Object.entries(e.kinds).map(([kind, n]) => `${t(`kind.${kind}`)} (${n})`).join(', ')}
          {e.id !== undefined && (
            <button type="button" class="report-event" aria-label={t('report.popup.fromEventLabel')}
              onClick={() => void requestReport({ eventId: e.id })}>{t('report.popup.fromEvent')}</button>
          )}
        </li>
      ))}
    </ul>
  );
}
