import { browser } from 'wxt/browser';
import { isReportMessage, type VarsamMessage, type LogResult } from './protocol';
import { showStatus } from './badge';
import { addEvent, countCleanPass, recentEvents, LogFullError } from '../log/db';
import { pruneSoon } from '../log/retention';
import { routeReport } from '../reporting/messages';
import { forwardFileRequest, relayProgress } from './files';

/** Handles one message in the service worker. Returns the answer (or undefined). */
export async function route(message: VarsamMessage, sender?: { tab?: { id?: number }; frameId?: number }): Promise<unknown> {
  if (isReportMessage(message)) return routeReport(message);
  switch (message.type) {
    case 'varsam:log-event': {
      try {
        const id = await addEvent({ ...message.event, extensionVersion: browser.runtime.getManifest().version });
        pruneSoon();
        return { ok: true, id } satisfies LogResult;
      } catch (error) {
        if (error instanceof LogFullError) return { ok: false, error: error.name, storageFull: true } satisfies LogResult;
        return { ok: false, error: error instanceof Error ? error.name : String(error) } satisfies LogResult;
      }
    }
    case 'varsam:clean-pass':
      await countCleanPass(message.origin);
      return undefined;
    case 'varsam:status':
      if (sender?.tab?.id !== undefined) await showStatus(sender.tab.id, message);
      return undefined;
    case 'varsam:recent-events':
      return recentEvents(message.limit ?? 5);
    case 'varsam:file-inspect':
    case 'varsam:file-fix':
    case 'varsam:file-cancel':
      return forwardFileRequest(message, sender);
    case 'varsam:file-keepalive':
      return undefined;
    case 'varsam:file-progress-relay':
      await relayProgress(message.tabId, message.frameId, message.progress);
      return undefined;
  }
}
