/**
 * `varsam scan --ocr`: text in images and on scanned PDF pages, read with tesseract.js in Node
 * (files/ocr/node.ts). Scanned pages are drawn with pdf.js onto @napi-rs/canvas (pdf.js's own
 * optional dependency) first. What cannot be read is said in a note, never skipped silently.
 */
import type { ExtractedText } from '../files';
import { loadPdfJsNode } from '../files/node';
import { ocrLanguages } from '../files/ocr/languages';
import { recognizeNode } from '../files/ocr/node';
import { renderPdfPages } from '../files/text/pdf-render';

const why = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0]!.slice(0, 120);

/** The text in a picture, or the reason it could not be read. */
export async function ocrImageNode(bytes: Uint8Array): Promise<string | { problem: string }> {
  try {
    return await recognizeNode(bytes, ocrLanguages());
  } catch (e) {
    return { problem: `OCR could not read the picture (${why(e)})` };
  }
}

/** Adds a `scan` part per page without a text layer to `extracted`; returns a problem, if any. */
export async function ocrScannedPagesNode(bytes: Uint8Array, extracted: ExtractedText): Promise<string | undefined> {
  try {
    await renderPdfPages(await loadPdfJsNode(), bytes, extracted.pagesWithoutText ?? [], async (page, canvas) => {
      const png = (canvas as { toBuffer(mime: string): Buffer }).toBuffer('image/png');
      extracted.parts.push({ unit: 'scan', label: String(page), text: await recognizeNode(png, ocrLanguages()) });
    });
    return undefined;
  } catch (e) {
    return `OCR could not read the scanned pages (${why(e)})`;
  }
}
