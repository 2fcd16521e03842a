import type { WebWorker } from 'puppeteer-core';

/** Reads every record of the decision log straight from IndexedDB in the extension's origin. */
export async function readLog(worker: WebWorker): Promise<{ events: Record<string, unknown>[]; cleanPasses: Record<string, unknown>[] }> {
  return worker.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('varsam-log');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const all = (store: string) => new Promise<Record<string, unknown>[]>((resolve, reject) => {
      if (!db.objectStoreNames.contains(store)) return resolve([]);
      const req = db.transaction(store).objectStore(store).getAll();
      req.onsuccess = () => resolve(req.result as Record<string, unknown>[]);
      req.onerror = () => reject(req.error);
    });
    const result = { events: await all('events'), cleanPasses: await all('cleanPasses') };
    db.close();
    return result;
  });
}

/** Polls until `predicate` holds or the timeout passes; returns the last value. */
export async function waitFor<T>(read: () => Promise<T>, predicate: (v: T) => boolean, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  let value = await read();
  while (!predicate(value) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    value = await read();
  }
  return value;
}
