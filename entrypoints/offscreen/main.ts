/**
 * Offscreen document: reads documents and photos off the page's thread (pdf.js worker, tfjs
 * WASM face detection, canvas). Created by the service worker when a file appears; it answers
 * `varsam-offscreen:*` messages only, which only the service worker sends.
 */
import { browser } from 'wxt/browser';
import { handleFileRequest } from '../../files/browser/service';
import type { FileRequest } from '../../files/wire';
import { fromBase64, toBase64 } from '../../files/wire';
import { decode } from '../../files/browser/image';
import { detectFaces } from '../../files/browser/faces';
import { throttleProgress } from '../../files/browser/progress-throttle';

interface Envelope { target: 'varsam-offscreen'; request: FileRequest; tabId?: number; frameId?: number }

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as Envelope;
  if (m?.target !== 'varsam-offscreen') return undefined;
  const progress = throttleProgress((done, total, stage, unit) => {
    void browser.runtime.sendMessage({ type: 'varsam:file-progress-relay', tabId: m.tabId, frameId: m.frameId, progress: { type: 'varsam:file-progress', id: 'id' in m.request ? m.request.id : '', done, total, stage, unit } }).catch(() => undefined);
  });
  return handleFileRequest(m.request, progress);
});

/** For tests and `npm run bench:files`, with this page opened as an extension page. */
const bench = {
  /** Decode + face detection, timed. */
  async detect(base64: string, mime: string, tiling = true) {
    const t0 = performance.now();
    const image = await decode(fromBase64(base64), mime);
    const result = await detectFaces(image, { tiling });
    const out = { faces: result.faces.length, ms: performance.now() - t0, tiled: result.tiled, width: image.width, height: image.height };
    image.close();
    return out;
  },
  /** A 4000×3000 (12-megapixel) JPEG: the photo scaled up, or a grid×grid collage of it (a crowded picture). */
  async make12mp(base64: string, grid: number) {
    const image = await decode(fromBase64(base64), 'image/jpeg');
    const canvas = new OffscreenCanvas(4000, 3000);
    const ctx = canvas.getContext('2d')!;
    for (let i = 0; i < grid; i++) for (let j = 0; j < grid; j++) ctx.drawImage(image, (i * 4000) / grid, (j * 3000) / grid, 4000 / grid, 3000 / grid);
    image.close();
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
    return toBase64(new Uint8Array(await blob.arrayBuffer()));
  },
};
Object.assign(globalThis, { varsamFiles: { handleFileRequest, ...bench } });
