/**
 * OCR for the offscreen service: the text in a photo or screenshot becomes an `image` part, the
 * text on each scanned PDF page (no text layer) a `scan` part for that page. Both are scanned
 * by the same detectors as document text, so their findings hold the upload like any other.
 * Progress is reported as stage `ocr`: done/total count hundredths of an image or page.
 */
import { addPart, type InspectResult } from '../inspect';
import { ocrLanguages } from '../ocr/languages';
import { renderPdfPages } from '../text/pdf-render';
import type { PdfJs, PdfOptions } from '../text/pdf';
import type { FileOptions } from '../wire';
import type { FileReport } from '../types';
import type { Progress } from './service';

/**
 * Scanned pages read with OCR per PDF, at most: a few seconds each, so 20 pages is about a minute on a
 * quiet machine. The pages after them are not read; the file is then held as partly read
 * (problem `partly-read`, `pagesNotRead`), never passed as if it had been checked.
 */
export const MAX_OCR_PAGES = 20;

/**
 * The scanned pages OCR reads: the first MAX_OCR_PAGES; past them the report is marked partly
 * read. `attached`: a PDF inside an e-mail (its scanned pages and attachment path); the e-mail is
 * then marked, naming the attachment, unless it already has a problem of its own.
 */
export function pagesForOcr(report: FileReport, attached?: { pages: number[]; within: string[] }, max = MAX_OCR_PAGES): number[] {
  const scanned = attached?.pages ?? report.pagesWithoutText ?? [];
  const pages = scanned.slice(0, max);
  if (scanned.length > pages.length && !report.problem) {
    report.problem = 'partly-read';
    report.pagesNotRead = scanned.slice(pages.length);
    if (attached) report.problemIn = attached.within;
  }
  return pages;
}

/** Longest side of the picture handed to tesseract: enough for a photographed A4 letter. */
const MAX_SIDE = 3000;

interface Job { isCancelled: () => boolean; progress: Progress }

const load = () => import('./ocr');

/** `within`: the attachment path when the picture is inside an e-mail (`['klasse.png']`). */
export async function ocrImage(result: InspectResult, image: ImageBitmap, options: FileOptions, job: Job, within?: string[]): Promise<void> {
  const { recognizeText } = await load();
  const scale = Math.min(1, MAX_SIDE / Math.max(image.width, image.height));
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(image.width * scale)), Math.max(1, Math.round(image.height * scale)));
  const ctx = canvas.getContext('2d')!;
  // Transparent screenshots: text on white, as tesseract expects.
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  const png = await canvas.convertToBlob({ type: 'image/png' });
  job.progress(0, 100, 'ocr');
  const text = await recognizeText(png, ocrLanguages(options.country), {
    isCancelled: job.isCancelled,
    progress: (f) => job.progress(Math.round(f * 100), 100, 'ocr'),
  });
  if (job.isCancelled()) throw new Error('cancelled');
  addPart(result, { unit: 'image', label: 'text', text, ...(within ? { within } : {}) });
}

export async function ocrScannedPages(
  result: InspectResult, bytes: Uint8Array, options: FileOptions, job: Job,
  pdf: { loadPdfJs: () => Promise<PdfJs> } & Pick<PdfOptions, 'documentOptions'>,
  /** A PDF attached to an e-mail: its scanned pages and its attachment path (default: the file's own). */
  attached?: { pages: number[]; within: string[] },
): Promise<void> {
  // At most MAX_OCR_PAGES per PDF, the file's own or an attached one.
  const pages = pagesForOcr(result.report, attached);
  const { recognizeText } = await load();
  const total = pages.length * 100;
  let done = 0;
  job.progress(0, total, 'ocr');
  await renderPdfPages(await pdf.loadPdfJs(), bytes, pages, async (page, canvas) => {
    const text = await recognizeText(canvas as HTMLCanvasElement, ocrLanguages(options.country), {
      isCancelled: job.isCancelled,
      progress: (f) => job.progress(done * 100 + Math.round(f * 100), total, 'ocr'),
    });
    if (job.isCancelled()) throw new Error('cancelled');
    addPart(result, { unit: 'scan', label: String(page), text, ...(attached ? { within: attached.within } : {}) });
    done++;
  }, { documentOptions: pdf.documentOptions });
}
