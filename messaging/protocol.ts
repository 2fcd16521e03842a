import type { LogEventInput } from '../log/event';
import type { FileProgress, FileRequest } from '../files/wire';

/** Messages from content scripts and pages to the service worker. */
export type VarsamMessage =
  | { type: 'varsam:log-event'; event: Omit<LogEventInput, 'id' | 'extensionVersion'> }
  | { type: 'varsam:clean-pass'; origin: string }
  | { type: 'varsam:recent-events'; limit?: number }
  /** From a page's top frame: which adapter guards it and whether it found its controls (sets the badge). */
  | { type: 'varsam:status'; adapter: string; name: string; missing: boolean }
  | ReportMessage
  /** File checks (content script → service worker → offscreen document), see files/wire.ts. */
  | FileRequest
  /** Firefox: sent while a file check runs so the background event page is not suspended (guard/files/keepalive.ts). */
  | { type: 'varsam:file-keepalive' }
  /** From the offscreen document: progress to pass on to the tab that asked. */
  | { type: 'varsam:file-progress-relay'; tabId?: number; frameId?: number; progress: FileProgress };

/** The incident report (reporting/messages.ts). */
export type ReportMessage =
  | { type: 'varsam:open-report'; reportId?: string; eventId?: number; pageUrl?: string }
  | { type: 'varsam:report-changed'; id: string }
  | { type: 'varsam:report-send'; id: string };

export const isReportMessage = (m: VarsamMessage): m is ReportMessage =>
  m.type === 'varsam:open-report' || m.type === 'varsam:report-changed' || m.type === 'varsam:report-send';

/** Sent by the popup to the content script of the active tab. */
export type TabMessage = { type: 'varsam:ping' };

/** The content script's answer to a ping; no answer means the page is not guarded. */
export interface TabStatus {
  guarded: boolean;
  adapter?: string;
  /** The adapter's display name. */
  adapterName?: string;
  /** The adapter expected on this site found none of its controls. */
  missing?: boolean;
}

/** `storageFull`: the browser's storage quota is used up (QuotaExceededError); the dialog says so. */
export type LogResult = { ok: true; id: number } | { ok: false; error: string; storageFull?: boolean };
