/**
 * Service-worker side of file checks: makes sure the offscreen document exists (only when a file
 * appears) and forwards requests from content scripts to it, and its progress back to the tab.
 * In Firefox the background page runs the file service itself (messaging/files-in-page.ts).
 */
import { browser } from 'wxt/browser';
import type { FileAnswer, FileProgress, FileRequest } from '../files/wire';

const OFFSCREEN_PATH = '/offscreen.html';
let creating: Promise<void> | undefined;

async function ensureOffscreen(): Promise<void> {
  const offscreen = (globalThis as unknown as { chrome?: typeof chrome }).chrome?.offscreen;
  if (!offscreen) throw new Error('no offscreen documents in this browser');
  const url = browser.runtime.getURL(OFFSCREEN_PATH as '/');
  const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] });
  if (contexts.length > 0) return;
  creating ??= offscreen.createDocument({
    url: OFFSCREEN_PATH,
    reasons: ['WORKERS' as chrome.offscreen.Reason, 'BLOBS' as chrome.offscreen.Reason, 'DOM_PARSER' as chrome.offscreen.Reason],
    justification: 'Reads attachments (PDF, Office, photos) on the device to find personal data and faces before they are uploaded.',
  }).finally(() => { creating = undefined; });
  await creating;
}

export async function forwardFileRequest(request: FileRequest, sender?: { tab?: { id?: number }; frameId?: number }): Promise<FileAnswer> {
  try {
    // Firefox has no offscreen documents: its background page does the work itself. The
    // condition is a build-time constant, so Chrome's service worker carries none of it.
    if (import.meta.env.FIREFOX) return await (await import('./files-in-page')).handleInPage(request, sender);
    await ensureOffscreen();
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  try {
    const answer = await browser.runtime.sendMessage({ target: 'varsam-offscreen', request, tabId: sender?.tab?.id, frameId: sender?.frameId }) as FileAnswer | undefined;
    return answer ?? { ok: false, error: 'no answer from the file checker', lost: true };
  } catch (error) {
    // The offscreen document was closed or crashed while it worked on the file.
    return { ok: false, error: error instanceof Error ? error.message : String(error), lost: true };
  }
}

export async function relayProgress(tabId: number | undefined, frameId: number | undefined, progress: FileProgress): Promise<void> {
  if (tabId === undefined) return;
  await browser.tabs.sendMessage(tabId, progress, frameId !== undefined ? { frameId } : undefined).catch(() => undefined);
}
