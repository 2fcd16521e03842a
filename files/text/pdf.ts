import type { TextPart } from '../types';
import { FileReadError } from '../types';

/** The part of pdf.js's API used here (the Node legacy build and the browser build both have it). */
export type PdfJs = typeof import('pdfjs-dist');

/** Pages with fewer characters than this are treated as scanned (no text layer). */
const MIN_CHARS_PER_PAGE = 16;

export interface PdfOptions {
  /** Called after each page, for progress. Return false to stop (cancel). */
  onPage?: (done: number, total: number) => boolean | void;
  /** Each page's text as soon as it is read (the inspection scans it at once). */
  onPart?: (part: TextPart) => void;
  /** Extra document options (worker, font and cmap URLs in the browser). */
  documentOptions?: Record<string, unknown>;
}

/** Text of every page of a PDF, one part per page, via pdf.js. */
export async function pdfText(pdfjs: PdfJs, bytes: Uint8Array, options: PdfOptions = {}): Promise<{ parts: TextPart[]; pages: number; pagesWithoutText: number[] }> {
  // pdf.js takes over (detaches) the buffer it is given; give it a copy.
  const task = pdfjs.getDocument(({
    data: bytes.slice(),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
    ...options.documentOptions,
  }) as Parameters<PdfJs['getDocument']>[0]);
  task.onPassword = () => task.destroy();
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string })?.name ?? '';
    if (name === 'PasswordException' || /password/i.test(String((error as Error)?.message))) throw new FileReadError('encrypted');
    if (/destroyed/i.test(String((error as Error)?.message))) throw new FileReadError('encrypted');
    throw new FileReadError('corrupt', String((error as Error)?.message ?? error));
  }
  try {
    const parts: TextPart[] = [];
    const pagesWithoutText: number[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
        else if (item.str && !text.endsWith(' ')) text += ' ';
      }
      page.cleanup();
      if (text.replace(/\s/g, '').length < MIN_CHARS_PER_PAGE) pagesWithoutText.push(n);
      const part: TextPart = { unit: 'page', label: String(n), text };
      parts.push(part);
      options.onPart?.(part);
      if (options.onPage?.(n, doc.numPages) === false) break;
    }
    return { parts, pages: doc.numPages, pagesWithoutText };
  } finally {
    void task.destroy();
  }
}
