import type { LogEvent } from '../log/event';

/** Messages from content scripts and pages to the service worker. */
export type VarsamMessage =
  | { type: 'varsam:log-event'; event: Omit<LogEvent, 'id' | 'extensionVersion'> }
  | { type: 'varsam:clean-pass'; origin: string }
  | { type: 'varsam:recent-events'; limit?: number };

/** Sent by the popup to the content script of the active tab. */
export type TabMessage = { type: 'varsam:ping' };

/** The content script's answer to a ping; no answer means the page is not guarded. */
export interface TabStatus {
  guarded: boolean;
  adapter?: string;
}

export type LogResult = { ok: true; id: number } | { ok: false; error: string };
