import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';

/** Text out of one file; `pages` gives the UTF-16 offset where each page starts, when the format has pages. */
export interface ReadResult {
  text: string;
  pages?: number[];
  /** The file's kind as read (pdf, docx, jpeg …), its page/sheet/slide count and their labels (`page 3`, `sheet Klasse 3B`). */
  type?: string;
  pageCount?: number;
  pageLabels?: string[];
  /** Things worth saying that are not findings: a photo's GPS position, scanned pages without text. */
  notes?: string[];
  photo?: { gps: boolean; fields: string[] };
  /** Read, but a part could not be (an e-mail's encrypted attachment): reported as an error, findings kept. */
  error?: string;
}
/** How to read: `ocr` reads text in images and scanned PDF pages (`varsam scan --ocr`). */
export interface ReadOptions { ocr?: boolean }
export type Reader = (path: string, options?: ReadOptions) => Promise<ReadResult>;

/** Plain text, UTF-8 (a BOM is dropped). The fallback for every extension without its own reader. */
export const readText: Reader = async (path) => {
  const text = await readFile(path, 'utf8');
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
};

/**
 * File readers by lower-case extension (with the dot). A module that can read PDF, DOCX or images
 * plugs in here: `registerReader('.pdf', readPdf)`. Unknown extensions are read as text.
 */
export const readers: Record<string, Reader> = {};

export function registerReader(ext: string, reader: Reader): void {
  const e = ext.toLowerCase();
  readers[e.startsWith('.') ? e : `.${e}`] = reader;
}

export function readerFor(path: string): Reader {
  return readers[extname(path).toLowerCase()] ?? readText;
}
