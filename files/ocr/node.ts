/**
 * OCR in Node for `varsam scan --ocr`: tesseract.js's Node build (a worker thread) with the
 * nor/swe/dan language data from their npm packages in node_modules; nothing is downloaded.
 * One worker is started on first use and kept until `endOcrNode()` (the CLI calls it at exit).
 */
import { mkdtempSync, rmSync, symlinkSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Worker as TessWorker } from 'tesseract.js';
import { OCR_LANGUAGES, type OcrLanguage } from './languages';

const require = createRequire(import.meta.url);

let worker: { langs: string; worker: Promise<TessWorker>; dir: string } | undefined;

/**
 * tesseract.js reads `<langPath>/<lang>.traineddata.gz`, one folder for all languages, while
 * each language is its own npm package: a temporary folder links the three files together.
 */
function languageFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'varsam-ocr-'));
  for (const l of OCR_LANGUAGES) {
    const file = require.resolve(`@tesseract.js-data/${l}/4.0.0_best_int/${l}.traineddata.gz`);
    const to = join(dir, `${l}.traineddata.gz`);
    try { symlinkSync(file, to); } catch { copyFileSync(file, to); }
  }
  return dir;
}

async function workerFor(langs: OcrLanguage[]): Promise<TessWorker> {
  const key = langs.join('+');
  if (worker && worker.langs !== key) await endOcrNode();
  if (!worker) {
    const dir = languageFolder();
    const started = import('tesseract.js').then((m) => {
      const { createWorker, OEM } = (m as unknown as { default?: typeof m }).default ?? m;
      return createWorker(langs, OEM.LSTM_ONLY, { langPath: dir, gzip: true, cacheMethod: 'none', errorHandler: () => undefined });
    });
    worker = { langs: key, worker: started, dir };
  }
  return worker.worker;
}

/** The text tesseract reads in an encoded image (PNG, JPEG, WebP, BMP, TIFF…). */
export async function recognizeNode(image: Uint8Array, langs: OcrLanguage[]): Promise<string> {
  const w = await workerFor(langs);
  const result = await w.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength));
  return result.data.text;
}

/** Ends the worker thread and removes the language folder (or the process would not exit). */
export async function endOcrNode(): Promise<void> {
  const w = worker;
  worker = undefined;
  if (!w) return;
  try { await (await w.worker).terminate(); } catch { /* never started */ }
  rmSync(w.dir, { recursive: true, force: true });
}
