/** Node entry for the CLI, tests and benchmarks: pdf.js's legacy build, no worker thread. */
import type { PdfJs } from './text/pdf';

let pdfjs: Promise<PdfJs> | undefined;
export const loadPdfJsNode = (): Promise<PdfJs> =>
  (pdfjs ??= (async () => {
    // pdf.js 6 uses Promise.withResolvers (Node 22+); the CLI also runs on Node 20.
    if (!('withResolvers' in Promise)) {
      Object.assign(Promise, {
        withResolvers<T>() {
          let resolve!: (v: T) => void, reject!: (e: unknown) => void;
          const promise = new Promise<T>((a, b) => { resolve = a; reject = b; });
          return { promise, resolve, reject };
        },
      });
    }
    // The worker runs in this thread ("fake worker"); giving pdf.js the module directly also works
    // when the CLI is bundled into one file (no worker file to find next to it).
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs' as string);
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  })());
