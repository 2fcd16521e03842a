import { browser } from 'wxt/browser';
import { newIncident } from '../report/model';
import { latestOverrideFor, prefill } from '../report/prefill';
import { putDraft } from './drafts';
import { readEvent, readRecentEvents } from './log-reader';
import { loadIncidentSettings } from './settings';
import { scheduleReminders, updateBadge } from './clock';

/** Where a request to report came from, and what it knows. */
export interface OpenReportRequest {
  /** Open an existing report. */
  reportId?: string;
  /** A decision in the log (e.g. the override just made). */
  eventId?: number;
  /** The page the user was on; only origin and path are kept. */
  pageUrl?: string;
}

export const reportPageUrl = (id: string): string => browser.runtime.getURL(`/report.html?id=${encodeURIComponent(id)}`);

/** Creates a prefilled draft (discovered now) and returns its id. */
export async function createReport({ eventId, pageUrl }: Omit<OpenReportRequest, 'reportId'>, now = new Date()): Promise<string> {
  const settings = await loadIncidentSettings();
  const blank = newIncident({
    id: crypto.randomUUID(), now, country: settings.country, dpo: settings.dpo, reporter: { unit: settings.unit },
  });
  const event = eventId !== undefined
    ? await readEvent(eventId)
    : latestOverrideFor(await readRecentEvents(), pageUrl, now);
  const draft = await putDraft(prefill(blank, { event, pageUrl }), now);
  await scheduleReminders(draft.id, now);
  await updateBadge(now);
  return draft.id;
}

/** Opens the report page: an existing report (focusing its tab if open) or a new, prefilled one. */
export async function openReport(request: OpenReportRequest): Promise<string> {
  const id = request.reportId ?? await createReport(request);
  const url = reportPageUrl(id);
  const [existing] = await browser.tabs.query({ url });
  if (existing?.id !== undefined) {
    await browser.tabs.update(existing.id, { active: true });
    if (existing.windowId !== undefined) await browser.windows.update(existing.windowId, { focused: true });
  } else {
    await browser.tabs.create({ url });
  }
  return id;
}
