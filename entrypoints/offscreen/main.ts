/**
 * Offscreen document: reads documents and photos off the page's thread (pdf.js worker, tfjs
 * WASM face detection, canvas). Created by the service worker when a file appears; it answers
 * `varsam-offscreen:*` messages only, which only the service worker sends.
 */
import { browser } from 'wxt/browser';
import { handleFileRequest } from '../../files/browser/service';
import type { FileRequest } from '../../files/wire';

interface Envelope { target: 'varsam-offscreen'; request: FileRequest; tabId?: number; frameId?: number }

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as Envelope;
  if (m?.target !== 'varsam-offscreen') return undefined;
  const progress = (done: number, total: number, stage: string) => {
    void browser.runtime.sendMessage({ type: 'varsam:file-progress-relay', tabId: m.tabId, frameId: m.frameId, progress: { type: 'varsam:file-progress', id: 'id' in m.request ? m.request.id : '', done, total, stage } }).catch(() => undefined);
  };
  return handleFileRequest(m.request, progress);
});

// For tests and benchmarks opened as an extension page: the same service, callable directly.
Object.assign(globalThis, { varsamFiles: { handleFileRequest } });
