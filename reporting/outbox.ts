import { browser } from 'wxt/browser';
import { incidentToJson, type Incident } from '../report/model';
import { openReports, type OutboxItem } from './db';

/**
 * Delivery of reports to the admin-configured endpoint. Every send goes into an IndexedDB outbox
 * first; a failed POST is retried with back-off by an alarm, and whatever is still pending when
 * the worker or the browser starts again is sent then. Each version of a report is posted with
 * an `Idempotency-Key`, and once the endpoint has accepted it, never again.
 */
export const OUTBOX_ALARM = 'varsam-outbox';
/** Unpacked test builds retry fast (Chrome lets unpacked extensions use short alarms). */
const RETRY_BASE_MS = import.meta.env.MODE === 'test' ? 2_000 : 30_000;
const RETRY_MAX_MS = 30 * 60_000;
const STALE_IN_FLIGHT_MS = 60_000;
const TIMEOUT_MS = 20_000;

export async function enqueue(incident: Incident, url: string, now = Date.now()): Promise<OutboxItem> {
  const db = await openReports();
  const key = `${incident.id}:${incident.updatedAt}`;
  const existing = await db.get('outbox', key);
  if (existing) return existing;
  const item: OutboxItem = {
    key, reportId: incident.id, url, body: incidentToJson(incident), attempts: 0, nextAttemptAt: now, createdAt: new Date(now).toISOString(),
  };
  await db.put('outbox', item);
  return item;
}

export async function outboxFor(reportId: string): Promise<OutboxItem[]> {
  return (await openReports()).getAllFromIndex('outbox', 'reportId', reportId);
}

let running: Promise<void> | undefined;

/** Sends what is due; one run at a time per worker. Schedules the next try. */
export function processOutbox(): Promise<void> {
  running ??= run().finally(() => { running = undefined; });
  return running;
}

async function run(): Promise<void> {
  const db = await openReports();
  const now = Date.now();
  for (const item of await db.getAll('outbox')) {
    if (item.deliveredAt || item.nextAttemptAt > now) continue;
    if (item.inFlightSince && now - item.inFlightSince < STALE_IN_FLIGHT_MS) continue;
    await db.put('outbox', { ...item, inFlightSince: now });
    let error: string | undefined;
    try {
      const response = await fetch(item.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': item.key },
        body: item.body,
        signal: AbortSignal.timeout(TIMEOUT_MS),
        credentials: 'omit',
      });
      if (!response.ok) error = `HTTP ${response.status}`;
    } catch (e) {
      error = e instanceof Error ? e.name : String(e);
    }
    const attempts = item.attempts + 1;
    const done: OutboxItem = error
      ? { ...item, attempts, lastError: error, inFlightSince: undefined, nextAttemptAt: Date.now() + Math.min(RETRY_BASE_MS * 2 ** (attempts - 1), RETRY_MAX_MS) }
      : { ...item, attempts, lastError: undefined, inFlightSince: undefined, deliveredAt: new Date().toISOString() };
    await db.put('outbox', done);
  }
  await scheduleNext();
}

async function scheduleNext(): Promise<void> {
  const pending = (await (await openReports()).getAll('outbox')).filter((i) => !i.deliveredAt);
  if (!pending.length) { await browser.alarms.clear(OUTBOX_ALARM); return; }
  const next = Math.min(...pending.map((i) => Math.max(i.nextAttemptAt, (i.inFlightSince ?? 0) + STALE_IN_FLIGHT_MS)));
  await browser.alarms.create(OUTBOX_ALARM, { when: Math.max(next, Date.now() + 500) });
}
