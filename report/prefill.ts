import { FINDING_KINDS, type FindingKind } from '../detectors/core/finding';
import type { Incident } from './model';

/**
 * What a report can learn from one entry of the decision log. Read through this one function so
 * that fields the log gains later (confirmations, reasons, files) never break the report: it
 * takes only what it knows and checks each field.
 */
export interface EventFacts {
  id?: number;
  time?: string;
  origin?: string;
  path?: string;
  action?: string;
  adapter?: string;
  decision?: string;
  kinds: Partial<Record<FindingKind, number>>;
  imagesWithFaces: boolean;
}

/** Paths can carry ID numbers too (`/elev/13097248022`): long digit runs are masked. */
export const scrubPath = (path: string): string => path.replace(/\d[\d-]{4,}\d/g, '…');

const str = (v: unknown, max = 2000) => (typeof v === 'string' && v.length <= max ? v : undefined);

export function eventFacts(raw: unknown): EventFacts | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const e = raw as Record<string, unknown>;
  const kinds: Partial<Record<FindingKind, number>> = {};
  if (e.kinds && typeof e.kinds === 'object') {
    for (const [k, n] of Object.entries(e.kinds as Record<string, unknown>)) {
      if ((FINDING_KINDS as readonly string[]).includes(k) && Number.isInteger(n) && (n as number) >= 0) {
        kinds[k as FindingKind] = n as number;
      }
    }
  }
  const faces = typeof e.faces === 'number' ? e.faces > 0 : e.faces === true || e.imagesWithFaces === true;
  const time = str(e.time, 40);
  const origin = str(e.origin);
  let safeOrigin: string | undefined;
  try { safeOrigin = origin ? new URL(origin).origin : undefined; } catch { safeOrigin = undefined; }
  const path = str(e.path);
  return {
    id: Number.isInteger(e.id) ? (e.id as number) : undefined,
    time: time && !Number.isNaN(Date.parse(time)) ? new Date(time).toISOString() : undefined,
    origin: safeOrigin,
    path: path?.startsWith('/') ? scrubPath(path.replace(/[?#].*$/, '')) : undefined,
    action: str(e.action, 40),
    adapter: str(e.adapter, 60),
    decision: str(e.decision, 40),
    kinds,
    imagesWithFaces: faces,
  };
}

/** Origin and path of a page address: no query string, no fragment (they often carry names and IDs). */
export function pageSite(url: string | undefined): { origin: string; path: string } | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    return { origin: u.origin, path: scrubPath(u.pathname || '/') };
  } catch {
    return undefined;
  }
}

/**
 * Fills a new report from what is known: the log event (site, time of the publish, kinds and
 * counts) and/or the page the user was on. The event wins over the page for the site.
 */
export function prefill(incident: Incident, from: { event?: EventFacts; pageUrl?: string }): Incident {
  const out: Incident = { ...incident, source: { ...incident.source } };
  const page = pageSite(from.pageUrl);
  if (page) out.source = { ...out.source, origin: page.origin, path: page.path };
  const e = from.event;
  if (e) {
    if (e.origin) out.source.origin = e.origin;
    if (e.path) out.source.path = e.path;
    if (e.action) out.source.action = e.action;
    if (e.adapter) out.source.adapter = e.adapter;
    if (e.id !== undefined) out.source.eventId = e.id;
    if (e.time) out.occurredAt = e.time;
    out.kinds = { ...e.kinds };
    out.imagesWithFaces = e.imagesWithFaces;
  }
  return out;
}

/** The most recent "published anyway" event on the page's site within `withinMs`, if any. */
export function latestOverrideFor(events: EventFacts[], pageUrl: string | undefined, now: Date, withinMs = 7 * 86_400_000): EventFacts | undefined {
  const page = pageSite(pageUrl);
  if (!page) return undefined;
  return events
    .filter((e) => e.origin === page.origin && e.decision === 'overridden' && e.time
      && now.getTime() - Date.parse(e.time) <= withinMs)
    .sort((a, b) => Date.parse(b.time!) - Date.parse(a.time!))[0];
}
