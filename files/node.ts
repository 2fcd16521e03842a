/** Node entry for the CLI, tests and benchmarks: pdf.js's legacy build, no worker thread. */
import type { PdfJs } from './text/pdf';

let pdfjs: Promise<PdfJs> | undefined;
export const loadPdfJsNode = (): Promise<PdfJs> =>
  (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>);
