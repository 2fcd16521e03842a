import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Incident } from '../report/model';

/** One report waiting for (or done with) delivery to the admin-configured endpoint. */
export interface OutboxItem {
  /** `<report id>:<updatedAt>`: one delivery per saved version; also the Idempotency-Key header. */
  key: string;
  reportId: string;
  url: string;
  body: string;
  attempts: number;
  /** Epoch ms of the next try. */
  nextAttemptAt: number;
  createdAt: string;
  /** Set while a request is on the way (a worker that died mid-request leaves it; it is retried after a minute). */
  inFlightSince?: number;
  deliveredAt?: string;
  lastError?: string;
}

/** IndexedDB in the extension's origin: report drafts and the POST outbox. Survives tab, worker and browser restarts. */
interface ReportsDB extends DBSchema {
  drafts: { key: string; value: Incident; indexes: { status: string } };
  outbox: { key: string; value: OutboxItem; indexes: { reportId: string } };
}

export const REPORTS_DB_NAME = 'varsam-reports';
let dbPromise: Promise<IDBPDatabase<ReportsDB>> | undefined;

export function openReports(): Promise<IDBPDatabase<ReportsDB>> {
  dbPromise ??= openDB<ReportsDB>(REPORTS_DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('drafts', { keyPath: 'id' }).createIndex('status', 'status');
      db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('reportId', 'reportId');
    },
  });
  return dbPromise;
}
