import type { LogEvent } from './event';
import type { CleanPass } from './db';

/**
 * The log as files the user or the DPO can keep: CSV (one row per decision, then one per
 * clean-pass count) and JSON. Pure. Fields come straight from the content-free log.
 */
const COLUMNS = ['time', 'origin', 'path', 'action', 'adapter', 'decision', 'kinds', 'confirmations', 'justification', 'extensionVersion', 'count'] as const;

/** Quotes a CSV field; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(events: readonly LogEvent[], cleanPasses: readonly CleanPass[] = []): string {
  const rows: string[][] = [[...COLUMNS]];
  for (const e of events) {
    rows.push([
      e.time, e.origin, e.path, e.action, e.adapter, e.decision,
      Object.entries(e.kinds).map(([k, n]) => `${k}:${n}`).join(' '),
      (e.confirmations ?? []).join(' '), e.justification ?? '', e.extensionVersion, '',
    ]);
  }
  for (const c of cleanPasses) rows.push([c.day, c.origin, '', '', '', 'clean', '', '', '', '', String(c.count)]);
  return `${rows.map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function toJson(events: readonly LogEvent[], cleanPasses: readonly CleanPass[] = [], exportedAt = new Date()): string {
  return JSON.stringify({
    format: 'varsam-log',
    version: 2,
    exportedAt: exportedAt.toISOString(),
    events: events.map(({ id: _id, ...e }) => e),
    cleanPasses: cleanPasses.map(({ key: _key, ...c }) => c),
  }, null, 2);
}
