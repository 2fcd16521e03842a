import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { logEventSchema, dayOf, type LogEvent, type LogEventInput, type Decision } from './event';
import { maskJustification } from './justification';

/** IndexedDB layout of the local decision log (extension origin only). */
interface VarsamLogDB extends DBSchema {
  events: { key: number; value: LogEvent; indexes: { time: string; origin: string; decision: string } };
  /** Clean passes: only a count per site and day, key `YYYY-MM-DD|origin`. */
  cleanPasses: { key: string; value: CleanPass; indexes: { day: string } };
}

export interface CleanPass { key: string; day: string; origin: string; count: number }

export const LOG_DB_NAME = 'varsam-log';
/**
 * Schema versions. Each step upgrades from the one before, so any older log opens:
 * 1: events (time index) + cleanPasses.
 * 2: events get `confirmations` ([] for old events), indexes on origin and decision; cleanPasses get a day index.
 */
export const LOG_DB_VERSION = 2;

let dbPromise: Promise<IDBPDatabase<VarsamLogDB>> | undefined;

export function openLog(): Promise<IDBPDatabase<VarsamLogDB>> {
  dbPromise ??= openDB<VarsamLogDB>(LOG_DB_NAME, LOG_DB_VERSION, {
    async upgrade(db, oldVersion, _newVersion, tx) {
      if (oldVersion < 1) {
        const events = db.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
        events.createIndex('time', 'time');
        db.createObjectStore('cleanPasses', { keyPath: 'key' });
      }
      if (oldVersion < 2) {
        const events = tx.objectStore('events');
        events.createIndex('origin', 'origin');
        events.createIndex('decision', 'decision');
        tx.objectStore('cleanPasses').createIndex('day', 'day');
        let cursor = await events.openCursor();
        while (cursor) {
          const old = cursor.value as Partial<LogEvent>;
          if (!Array.isArray(old.confirmations)) await cursor.update({ ...old, confirmations: [] } as LogEvent);
          cursor = await cursor.continue();
        }
      }
    },
    blocking() { void closeLog(); },
  });
  return dbPromise;
}

/** Closes the connection (tests, and when a newer version wants to upgrade). */
export async function closeLog(): Promise<void> {
  const p = dbPromise;
  dbPromise = undefined;
  if (p) (await p.catch(() => undefined))?.close();
}

/** The write failed because the browser's storage is full. */
export class LogFullError extends Error {
  override name = 'LogFullError';
}

/** QuotaExceededError from the request or from the aborted transaction. */
export const isQuotaError = (error: unknown): boolean =>
  !!error && typeof error === 'object' && ((error as { name?: unknown }).name === 'QuotaExceededError'
    || isQuotaError((error as { cause?: unknown }).cause));

/**
 * Validates and stores one decision; the justification is masked first. Throws (and stores
 * nothing) when the event has extra fields; throws LogFullError when storage is full.
 */
export async function addEvent(event: LogEventInput): Promise<number> {
  const valid = logEventSchema.parse({
    ...event,
    ...(event.justification !== undefined ? { justification: maskJustification(event.justification) } : {}),
  });
  const db = await openLog();
  try {
    return await db.add('events', valid);
  } catch (error) {
    if (isQuotaError(error)) throw new LogFullError('storage full', { cause: error });
    throw error;
  }
}

export async function countCleanPass(origin: string, now = new Date()): Promise<void> {
  const db = await openLog();
  const day = dayOf(now);
  const key = `${day}|${origin}`;
  const tx = db.transaction('cleanPasses', 'readwrite');
  const existing = await tx.store.get(key);
  await tx.store.put({ key, day, origin, count: (existing?.count ?? 0) + 1 });
  await tx.done;
}

export async function recentEvents(limit = 5): Promise<LogEvent[]> {
  const db = await openLog();
  const out: LogEvent[] = [];
  let cursor = await db.transaction('events').store.index('time').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

export interface LogFilter {
  /** ISO date or datetime, inclusive. */
  from?: string;
  /** ISO date or datetime; a date includes that whole day. */
  to?: string;
  /** Exact origin, or a substring of the host. */
  site?: string;
  decision?: Decision;
}

const upperBound = (to: string) => (/^\d{4}-\d{2}-\d{2}$/.test(to) ? `${to}T23:59:59.999Z` : to);

/** Events (newest first) and clean-pass counts that match the filter. */
export async function queryLog(filter: LogFilter = {}): Promise<{ events: LogEvent[]; cleanPasses: CleanPass[] }> {
  const db = await openLog();
  const range = filter.from || filter.to
    ? IDBKeyRange.bound(filter.from ?? '', filter.to ? upperBound(filter.to) : '\uffff')
    : null;
  const site = filter.site?.trim().toLowerCase();
  const siteMatches = (origin: string) => !site || origin.toLowerCase() === site || new URL(origin).host.includes(site);
  const events = (await db.getAllFromIndex('events', 'time', range)).reverse()
    .filter((e) => (!filter.decision || e.decision === filter.decision) && siteMatches(e.origin));
  const dayRange = filter.from || filter.to
    ? IDBKeyRange.bound((filter.from ?? '').slice(0, 10), filter.to ? filter.to.slice(0, 10) : '\uffff')
    : null;
  const cleanPasses = filter.decision ? [] : (await db.getAllFromIndex('cleanPasses', 'day', dayRange)).filter((c) => siteMatches(c.origin));
  return { events, cleanPasses };
}

/** Deletes events and clean-pass counts older than `days` days. Returns how many records went. */
export async function pruneLog(days: number, now = new Date()): Promise<number> {
  const db = await openLog();
  const cutoff = new Date(now.getTime() - days * 86_400_000);
  let removed = 0;
  const tx = db.transaction(['events', 'cleanPasses'], 'readwrite');
  let cursor = await tx.objectStore('events').index('time').openCursor(IDBKeyRange.upperBound(cutoff.toISOString(), true));
  while (cursor) { await cursor.delete(); removed++; cursor = await cursor.continue(); }
  let passes = await tx.objectStore('cleanPasses').index('day').openCursor(IDBKeyRange.upperBound(dayOf(cutoff), true));
  while (passes) { await passes.delete(); removed++; passes = await passes.continue(); }
  await tx.done;
  return removed;
}
