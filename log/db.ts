import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { logEventSchema, dayOf, type LogEvent } from './event';

/** IndexedDB layout of the local decision log (extension origin only). */
interface VarsamLogDB extends DBSchema {
  events: { key: number; value: LogEvent; indexes: { time: string } };
  /** Clean passes: only a count per site and day, key `YYYY-MM-DD|origin`. */
  cleanPasses: { key: string; value: { key: string; day: string; origin: string; count: number } };
}

export const LOG_DB_NAME = 'varsam-log';
export const LOG_DB_VERSION = 1;

let dbPromise: Promise<IDBPDatabase<VarsamLogDB>> | undefined;

export function openLog(): Promise<IDBPDatabase<VarsamLogDB>> {
  dbPromise ??= openDB<VarsamLogDB>(LOG_DB_NAME, LOG_DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        const events = db.createObjectStore('events', { keyPath: 'id', autoIncrement: true });
        events.createIndex('time', 'time');
        db.createObjectStore('cleanPasses', { keyPath: 'key' });
      }
    },
  });
  return dbPromise;
}

/** Validates and stores one decision. Throws (and stores nothing) when the event has extra fields. */
export async function addEvent(event: LogEvent): Promise<number> {
  const valid = logEventSchema.parse(event);
  const db = await openLog();
  return db.add('events', valid);
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
