/**
 * Firefox: there are no offscreen documents, but the MV3 background is an event page with a DOM
 * (OffscreenCanvas, module workers from extension URLs, WASM under 'wasm-unsafe-eval'). So the
 * same file service the offscreen document runs in Chrome (files/browser/service.ts) runs here,
 * in the background page itself. It is imported only when the first file appears: the background
 * is an ES module in Firefox (entrypoints/background.ts), so pdf.js, fflate, exifr and tfjs stay
 * in their own chunks until then.
 */
import type { FileAnswer, FileRequest } from '../files/wire';
import { relayProgress } from './files';
import { throttleProgress } from '../files/browser/progress-throttle';

type Service = typeof import('../files/browser/service');
let service: Promise<Service> | undefined;

export async function handleInPage(request: FileRequest, sender?: { tab?: { id?: number }; frameId?: number }): Promise<FileAnswer> {
  service ??= import('../files/browser/service');
  service.catch(() => { service = undefined; });
  const { handleFileRequest } = await service;
  const id = 'id' in request ? request.id : '';
  return handleFileRequest(request, throttleProgress((done, total, stage, unit) => {
    void relayProgress(sender?.tab?.id, sender?.frameId, { type: 'varsam:file-progress', id, done, total, stage, unit });
  }));
}
