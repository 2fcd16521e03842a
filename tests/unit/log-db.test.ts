import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addEvent, closeLog, countCleanPass, pruneLog, queryLog, recentEvents, LogFullError, LOG_DB_NAME } from '../../log/db';
import type { LogEventInput } from '../../log/event';

// Synthetic identities only (tests/vectors): a valid Norwegian fødselsnummer and D-number.
const FNR = '13097248022';
const DNR = '53097248016';

const event = (over: Partial<LogEventInput> = {}): LogEventInput => ({
  time: '2026-11-20T10:00:00.000Z', origin: 'https://skole.example', path: '/innlegg', action: 'post', adapter: 'generic',
  decision: 'cancelled', kinds: { 'id.no': 1 }, extensionVersion: '0.1.0', ...over,
});

beforeEach(() => { globalThis.indexedDB = new IDBFactory(); });
afterEach(async () => { await closeLog(); });

/** Creates a version-1 log the way the first release did, with one event. */
async function createVersion1Log() {
  await new Promise<void>((resolve, reject) => {
    const req = indexedDB.open(LOG_DB_NAME, 1);
    req.onupgradeneeded = () => {
      const db = req.result;
      db.createObjectStore('events', { keyPath: 'id', autoIncrement: true }).createIndex('time', 'time');
      db.createObjectStore('cleanPasses', { keyPath: 'key' });
      const { confirmations: _c, ...v1 } = event() as LogEventInput & { confirmations?: unknown };
      req.transaction!.objectStore('events').add(v1);
      req.transaction!.objectStore('cleanPasses').add({ key: '2026-11-20|https://skole.example', day: '2026-11-20', origin: 'https://skole.example', count: 3 });
    };
    req.onsuccess = () => { req.result.close(); resolve(); };
    req.onerror = () => reject(req.error);
  });
}

describe('log schema migrations', () => {
  it('opens a version-1 log, keeps its records and gives old events the new fields', async () => {
    await createVersion1Log();
    const { events, cleanPasses } = await queryLog();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ decision: 'cancelled', kinds: { 'id.no': 1 }, confirmations: [] });
    expect(cleanPasses).toEqual([expect.objectContaining({ count: 3 })]);
    // and the new indexes work
    expect((await queryLog({ decision: 'cancelled', site: 'skole.example' })).events).toHaveLength(1);
  });
});

describe('writing events', () => {
  it('masks ID numbers and other found values in the justification before storing', async () => {
    await addEvent(event({ decision: 'overridden', justification: `Foreldre til ${FNR} har sagt ja, ring 912 34 567 eller D ${DNR}` }));
    const [stored] = await recentEvents(1);
    const dump = JSON.stringify(stored);
    for (const id of [FNR, DNR, '91234567']) {
      for (let i = 0; i + 3 <= id.length; i++) expect(dump).not.toContain(id.slice(i, i + 3));
    }
    expect(stored!.justification).toMatch(/^Foreldre til •+22 har sagt ja, ring [•\s]+67 eller D •+16$/);
  });

  it('says so when storage is full, and stores nothing', async () => {
    const original = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
    try {
      await expect(addEvent(event())).rejects.toBeInstanceOf(LogFullError);
    } finally {
      IDBObjectStore.prototype.add = original;
    }
    expect(await recentEvents(5)).toEqual([]);
  });

  it('refuses an event with content in it', async () => {
    await expect(addEvent({ ...event(), text: `Ola ${FNR}` } as LogEventInput)).rejects.toThrow();
    expect(await recentEvents(5)).toEqual([]);
  });
});

describe('filters', () => {
  it('by date, site and decision', async () => {
    await addEvent(event({ time: '2026-11-01T08:00:00.000Z', origin: 'https://a.skole.example', decision: 'cancelled' }));
    await addEvent(event({ time: '2026-11-10T08:00:00.000Z', origin: 'https://b.barnehage.example', decision: 'overridden' }));
    await addEvent(event({ time: '2026-11-20T23:30:00.000Z', origin: 'https://a.skole.example', decision: 'blocked' }));
    const times = async (f: Parameters<typeof queryLog>[0]) => (await queryLog(f)).events.map((e) => e.time.slice(0, 10));
    expect(await times({})).toEqual(['2026-11-20', '2026-11-10', '2026-11-01']);
    expect(await times({ from: '2026-11-05', to: '2026-11-20' })).toEqual(['2026-11-20', '2026-11-10']);
    expect(await times({ site: 'skole' })).toEqual(['2026-11-20', '2026-11-01']);
    expect(await times({ decision: 'overridden' })).toEqual(['2026-11-10']);
  });
});

describe('retention', () => {
  it('deletes events and clean-pass counts older than the retention period, keeps the rest', async () => {
    const now = new Date('2026-11-22T12:00:00.000Z');
    await addEvent(event({ time: '2026-08-01T10:00:00.000Z' }));
    await addEvent(event({ time: '2026-11-01T10:00:00.000Z' }));
    await countCleanPass('https://skole.example', new Date('2026-08-01T10:00:00.000Z'));
    await countCleanPass('https://skole.example', new Date('2026-11-21T10:00:00.000Z'));
    expect(await pruneLog(30, now)).toBe(2);
    const { events, cleanPasses } = await queryLog();
    expect(events.map((e) => e.time)).toEqual(['2026-11-01T10:00:00.000Z']);
    expect(cleanPasses.map((c) => c.day)).toEqual(['2026-11-21']);
  });
});
