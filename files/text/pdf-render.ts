/**
 * Renders chosen PDF pages to canvases, for OCR of scanned pages (pages without a text layer).
 * pdf.js's own canvas factory makes the canvas: a DOM canvas in the offscreen document,
 * @napi-rs/canvas in Node (pdf.js's optional dependency; without it Node cannot render).
 */
import type { PdfJs, PdfOptions } from './pdf';

/** Scale from PDF points (72 per inch) towards 216 dpi, and the longest side allowed in pixels. */
const SCALE = 3;
const MAX_SIDE = 3000;

interface CanvasAndContext { canvas: unknown; context: unknown }
interface CanvasFactory { create(width: number, height: number): CanvasAndContext; destroy(c: CanvasAndContext): void }

/**
 * Calls `onPage` with each page's canvas in turn (the canvas is reused afterwards: read it before
 * returning). `onPage` returning false stops.
 */
export async function renderPdfPages(
  pdfjs: PdfJs, bytes: Uint8Array, pages: number[],
  onPage: (page: number, canvas: unknown) => Promise<boolean | void>,
  options: Pick<PdfOptions, 'documentOptions'> = {},
): Promise<void> {
  const task = pdfjs.getDocument(({
    data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, stopAtErrors: false, verbosity: 0,
    ...options.documentOptions,
  }) as Parameters<PdfJs['getDocument']>[0]);
  task.onPassword = () => task.destroy();
  try {
    const doc = await task.promise;
    const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
    for (const n of pages) {
      const page = await doc.getPage(n);
      const base = page.getViewport({ scale: 1 });
      const scale = Math.min(SCALE, MAX_SIDE / Math.max(base.width, base.height));
      const viewport = page.getViewport({ scale });
      const target = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
      try {
        // 'print': no requestAnimationFrame between steps, which never fires in a hidden (offscreen) document.
        await page.render({ canvasContext: target.context, canvas: target.canvas, viewport, background: 'white', intent: 'print' } as unknown as Parameters<typeof page.render>[0]).promise;
        page.cleanup();
        if ((await onPage(n, target.canvas)) === false) break;
      } finally {
        factory.destroy(target);
      }
    }
  } finally {
    void task.destroy();
  }
}
