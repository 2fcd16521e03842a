/**
 * Readers for documents and photos in the CLI (folder audits): PDF, Office, OpenDocument, RTF,
 * e-mail, CSV/TXT in legacy encodings, and photos (metadata only: GPS, serial, owner).
 * Uses files/ (the same code as the extension's offscreen document) with pdf.js's Node build.
 */
import { readFile } from 'node:fs/promises';
import { extractText, readPhotoMetadata, sniffType, isImageType, FileReadError, type ExtractedText } from '../files';
import { loadPdfJsNode } from '../files/node';
import { registerReader, type ReadResult } from './readers';

/** Extensions read through files/ (lower case, with the dot). */
export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx', '.docm', '.xlsx', '.xlsm', '.pptx', '.odt', '.ods', '.odp', '.rtf', '.eml', '.csv', '.tsv', '.txt'];
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.tif', '.tiff', '.webp', '.heic', '.heif'];

const UNIT: Record<string, string> = { page: 'page', sheet: 'sheet', slide: 'slide', part: 'part', body: '' };

/** Joins the parts of a document; `pages` holds where each page/sheet/slide starts. */
function joined(x: ExtractedText): ReadResult {
  let text = '';
  const pages: number[] = [];
  const labels: string[] = [];
  for (const p of x.parts) {
    if (text) text += '\n';
    if (p.unit === 'page' || p.unit === 'sheet' || p.unit === 'slide') { pages.push(text.length); labels.push(`${UNIT[p.unit]} ${p.label}`); }
    text += p.text;
  }
  const notes: string[] = [];
  if (x.pagesWithoutText?.length) notes.push(`${x.pagesWithoutText.length} page(s) without text (scanned?)`);
  return { text, ...(pages.length ? { pages } : {}), type: x.type, pageCount: x.pages ?? (pages.length || undefined), pageLabels: labels, notes };
}

export async function readDocument(path: string): Promise<ReadResult> {
  const bytes = new Uint8Array(await readFile(path));
  const type = sniffType(bytes, path);
  if (isImageType(type)) {
    const meta = await readPhotoMetadata(bytes);
    const notes = meta.fields.map((f) => (f === 'GPS' ? 'GPS position' : f));
    if (type === 'heic') notes.push('HEIC');
    return { text: '', type, notes, photo: { gps: Boolean(meta.gps) || meta.fields.includes('GPS'), fields: meta.fields } };
  }
  try {
    return joined(await extractText(bytes, path, '', { loadPdfJs: loadPdfJsNode }));
  } catch (error) {
    if (error instanceof FileReadError) {
      const why = error.problem === 'encrypted' ? 'encrypted or password-protected' : error.problem === 'too-large' ? 'too large when unpacked (zip bomb?)' : error.problem === 'corrupt' ? 'damaged or not what its name says' : 'cannot be read';
      throw Object.assign(new Error(why), { code: `VARSAM_${error.problem.toUpperCase()}` });
    }
    throw error;
  }
}

/** Plugs the document and photo readers into the CLI. */
export function registerDocumentReaders(): void {
  for (const ext of [...DOCUMENT_EXTENSIONS, ...IMAGE_EXTENSIONS]) registerReader(ext, readDocument);
}
