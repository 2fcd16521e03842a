/**
 * OCR in the offscreen document: tesseract.js with its worker, WASM core and the nor/swe/dan
 * language data as files of the extension (tess/, copied from their npm packages at build time;
 * nothing is downloaded, no blob: worker). The module is imported only when a file needs OCR,
 * the tesseract worker starts on first use, stays warm for the next image and is ended after a
 * minute without work. Jobs run one at a time; a cancelled job ends the worker (tesseract has no
 * other way to stop a recognition half-way).
 */
import { browser } from 'wxt/browser';
import type { Worker as TessWorker } from 'tesseract.js';
import type { OcrLanguage } from '../ocr/languages';

const IDLE_MS = 60_000;
/** Progress is repeated every 5 s (50 polls of 100 ms) while a job runs. */
const HEARTBEAT_TICKS = 50;
const url = (path: string) => browser.runtime.getURL(path as '/');

let current: { langs: string; worker: Promise<TessWorker> } | undefined;
let onProgress: ((fraction: number) => void) | undefined;
let queue: Promise<unknown> = Promise.resolve();
let idle: ReturnType<typeof setTimeout> | undefined;

function end(): void {
  const w = current?.worker;
  current = undefined;
  void w?.then((x) => x.terminate()).catch(() => undefined);
}

function workerFor(langs: OcrLanguage[]): Promise<TessWorker> {
  const key = langs.join('+');
  if (current && current.langs !== key) end();
  if (!current) {
    const worker = import('tesseract.js').then(({ createWorker, OEM }) => createWorker(langs, OEM.LSTM_ONLY, {
      workerPath: url('/tess/worker.min.js'),
      // The plain loader fetches tesseract-core-simd-lstm.wasm next to itself (not the base64 .wasm.js variant).
      corePath: url('/tess/tesseract-core-simd-lstm.js'),
      langPath: url('/tess/lang'),
      workerBlobURL: false,
      gzip: true,
      cacheMethod: 'none',
      logger: (m: { status: string; progress: number }) => { if (m.status === 'recognizing text') onProgress?.(m.progress); },
      errorHandler: () => undefined,
    }));
    current = { langs: key, worker };
    worker.catch(() => { if (current?.worker === worker) current = undefined; });
  }
  return current.worker;
}

export interface OcrJob {
  /** Fraction 0..1 of the recognition done. */
  progress?: (fraction: number) => void;
  /** Polled while the job runs; true stops it (the promise rejects with "cancelled"). */
  isCancelled?: () => boolean;
}

/** The text tesseract reads in an image (a PNG/JPEG blob or a canvas). */
export function recognizeText(image: Blob | HTMLCanvasElement | OffscreenCanvas, langs: OcrLanguage[], job: OcrJob = {}): Promise<string> {
  const run = async (): Promise<string> => {
    clearTimeout(idle);
    if (job.isCancelled?.()) throw new Error('cancelled');
    let last = 0;
    onProgress = (f) => { last = f; job.progress?.(f); };
    let poll: ReturnType<typeof setInterval> | undefined;
    let ticks = 0;
    const cancelled = new Promise<never>((_, reject) => {
      poll = setInterval(() => {
        // Loading the engine and long pages report little: say every few seconds that work goes
        // on, so the guard's stall timeout (60 s without a word) does not give up on a slow machine.
        if (++ticks % HEARTBEAT_TICKS === 0) job.progress?.(last);
        if (!job.isCancelled?.()) return;
        end();
        reject(new Error('cancelled'));
      }, 100);
    });
    try {
      const worker = await Promise.race([workerFor(langs), cancelled]);
      const result = await Promise.race([worker.recognize(image as never), cancelled]);
      job.progress?.(1);
      return result.data.text;
    } finally {
      clearInterval(poll);
      onProgress = undefined;
      idle = setTimeout(end, IDLE_MS);
    }
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

/** Ends the warm worker now (tests, and the idle timer). */
export const endOcr = end;
