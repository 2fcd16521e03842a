/**
 * The Firefox build: the background page loads the file service only when a file appears, the
 * content script never carries it, and what the service needs at run time is in the package.
 * Reads the built .output/firefox-mv3-test; no browser needed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIREFOX_EXTENSION_DIR as DIR } from './support/firefox';

const MARKERS = ['GlobalWorkerOptions', 'getTextContent', 'TinyFaceDetector', 'setWasmPaths', 'exifr', 'unzipSync', 'tesseract'];
const read = (file: string) => readFileSync(join(DIR, file), 'utf8');

/** A module and the modules it imports: statically only, or also through `import()`. */
function closure(entry: string, dynamic = false): string[] {
  const seen = new Set<string>();
  const pattern = dynamic ? /["'`]((?:\.{1,2}\/)+[\w./-]+\.js)["'`]/g : /(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g;
  const visit = (file: string) => {
    if (seen.has(file)) return;
    // The loose pattern for import() also meets path-like strings inside libraries (tesseract.js
    // names './src/worker/node/index.js'); only files of the build are modules to follow.
    if (dynamic && !existsSync(join(DIR, file))) return;
    seen.add(file);
    for (const m of read(file).matchAll(pattern)) visit(resolve('/', dirname(file), m[1]!).slice(1));
  };
  visit(entry);
  return [...seen];
}

describe('Firefox build', () => {
  const manifest = JSON.parse(read('manifest.json')) as {
    background: { scripts: string[]; type?: string };
    content_security_policy: { extension_pages: string };
    permissions: string[];
  };

  it('the background is an ES module whose start-up code carries none of the file service; it loads it on demand', () => {
    expect(manifest.background.type).toBe('module');
    const entry = manifest.background.scripts[0]!;
    const startup = closure(entry).map(read).join('\n');
    for (const marker of MARKERS) expect(startup.includes(marker), marker).toBe(false);
    // What it can load on demand holds them (so the markers are the right ones).
    const onDemand = closure(entry, true).map(read).join('\n');
    for (const marker of ['GlobalWorkerOptions', 'getTextContent', 'TinyFaceDetector', 'exifr', 'tesseract']) expect(onDemand.includes(marker), marker).toBe(true);
  });

  it('the content script carries no PDF, face, EXIF, zip or OCR code', () => {
    const cs = read('content-scripts/content.js') + read('scanner.js');
    for (const marker of MARKERS) expect(cs.includes(marker), marker).toBe(false);
  });

  it("allows WASM ('wasm-unsafe-eval') and nothing else beyond 'self', asks for no offscreen permission, and ships the worker, wasm and weights", () => {
    expect(manifest.content_security_policy.extension_pages).toBe("script-src 'self' 'wasm-unsafe-eval'; object-src 'self';");
    expect(manifest.permissions).not.toContain('offscreen');
    for (const f of ['pdfjs/pdf.worker.min.mjs', 'tfwasm/tfjs-backend-wasm.wasm', 'tfwasm/tfjs-backend-wasm-simd.wasm', 'models/tiny_face_detector_model.bin', 'models/tiny_face_detector_model-weights_manifest.json']) {
      expect(existsSync(join(DIR, f)), f).toBe(true);
    }
  });
});
