import { useEffect, useState } from 'preact/hooks';
import type { Translate } from '../../locales';
import { queryLog, type CleanPass, type LogFilter } from '../../log/db';
import { DECISIONS, type LogEvent, type Decision } from '../../log/event';
import { toCsv, toJson } from '../../log/export';
import { fieldLabel } from '../policy-text';

function download(name: string, type: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The local decision log: filters by date, site and decision, and export to CSV and JSON. */
export function LogView({ t, retentionDays }: { t: Translate; retentionDays: number }) {
  const [filter, setFilter] = useState<LogFilter>({});
  const [log, setLog] = useState<{ events: LogEvent[]; cleanPasses: CleanPass[] }>();
  const [error, setError] = useState(false);

  useEffect(() => {
    queryLog(filter).then((l) => { setLog(l); setError(false); }, () => setError(true));
  }, [filter]);

  const set = (key: keyof LogFilter, value: string) => setFilter((f) => ({ ...f, [key]: value || undefined }));
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <section aria-labelledby="log-title">
      <h2 id="log-title">{t('options.log')}</h2>
      <p>{t('options.logIntro', { days: retentionDays })}</p>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <label>{t('options.filter.from')} <input type="date" id="filter-from" onInput={(e) => set('from', (e.target as HTMLInputElement).value)} /></label>
        <label>{t('options.filter.to')} <input type="date" id="filter-to" onInput={(e) => set('to', (e.target as HTMLInputElement).value)} /></label>
        <label>{t('options.filter.site')} <input type="search" id="filter-site" onInput={(e) => set('site', (e.target as HTMLInputElement).value)} /></label>
        <label>{t('options.filter.decision')}{' '}
          <select id="filter-decision" onChange={(e) => set('decision', (e.target as HTMLSelectElement).value as Decision)}>
            <option value="">{t('options.filter.all')}</option>
            {DECISIONS.map((d) => <option key={d} value={d}>{t(`decision.${d}`)}</option>)}
          </select>
        </label>
      </form>
      {error && <p class="error" role="alert">{t('options.log.error')}</p>}
      {log && (
        <>
          <p class="export">
            <button type="button" id="export-csv" onClick={() => download(`varsam-log-${stamp}.csv`, 'text/csv', toCsv(log.events, log.cleanPasses))}>{t('options.export.csv')}</button>{' '}
            <button type="button" id="export-json" onClick={() => download(`varsam-log-${stamp}.json`, 'application/json', toJson(log.events, log.cleanPasses))}>{t('options.export.json')}</button>
          </p>
          {log.events.length === 0 ? <p id="log-empty">{t('options.log.empty')}</p> : (
            <table id="log" class="log">
              <thead><tr>
                <th scope="col">{t('options.log.time')}</th><th scope="col">{t('options.log.site')}</th><th scope="col">{t('options.log.action')}</th>
                <th scope="col">{t('options.log.decision')}</th><th scope="col">{t('options.log.kinds')}</th>
                <th scope="col">{t('options.log.confirmations')}</th><th scope="col">{t('options.log.justification')}</th>
              </tr></thead>
              <tbody>
                {log.events.map((e) => (
                  <tr key={e.id} data-decision={e.decision}>
                    <td><time dateTime={e.time}>{new Date(e.time).toLocaleString()}</time></td>
                    <td>{new URL(e.origin).host}{e.path}</td>
                    <td>{t(`policy.action.${e.action}`)}</td>
                    <td>{t(`decision.${e.decision}`)}</td>
                    <td>{Object.entries(e.kinds).map(([k, n]) => `${t(`kind.${k}`)} (${n})`).join(', ')}</td>
                    <td>{(e.confirmations ?? []).map((c) => t(`dialog.confirm.${c}`)).join(' ')}</td>
                    <td class="justification">{e.justification ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {log.cleanPasses.length > 0 && (
            <>
              <h3>{t('options.cleanPasses')}</h3>
              <ul id="clean-passes">{log.cleanPasses.map((c) => <li key={c.key}>{c.day} {new URL(c.origin).host}: {c.count}</li>)}</ul>
            </>
          )}
        </>
      )}
      <p class="hint">{fieldLabel(t, 'logRetentionDays')}: {retentionDays}</p>
    </section>
  );
}
