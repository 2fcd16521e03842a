/**
 * Readers for documents and photos in the CLI (folder audits): PDF, Office, OpenDocument, RTF,
 * e-mail, CSV/TXT in legacy encodings, and photos (metadata only: GPS, serial, owner).
 * Uses files/ (the same code as the extension's offscreen document) with pdf.js's Node build.
 */
import { readFile } from 'node:fs/promises';
import { extractText, readPhotoMetadata, sniffType, isImageType, FileReadError, type ExtractedText } from '../files';
import { loadPdfJsNode } from '../files/node';
import { registerReader, type ReadOptions, type ReadResult } from './readers';
import { ocrImageNode, ocrScannedPagesNode } from './ocr';

/** Extensions read through files/ (lower case, with the dot). */
export const DOCUMENT_EXTENSIONS = ['.pdf', '.docx', '.docm', '.xlsx', '.xlsm', '.pptx', '.odt', '.ods', '.odp', '.rtf', '.eml', '.msg', '.csv', '.tsv', '.txt'];
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.tif', '.tiff', '.webp', '.heic', '.heif'];

const UNIT: Record<string, string> = { page: 'page', sheet: 'sheet', slide: 'slide', part: 'part', body: '', scan: 'page', image: '' };

const WHY: Partial<Record<FileReadError['problem'], string>> = {
  encrypted: 'encrypted or password-protected',
  'too-large': 'too large when unpacked (zip bomb?)',
  'too-deep': 'e-mails attached inside each other too deep',
  corrupt: 'damaged or not what its name says',
};
const why = (problem: FileReadError['problem']) => WHY[problem] ?? 'cannot be read';
const photoNotes = (fields: string[]) => fields.map((f) => (f === 'GPS' ? 'GPS position' : f));

/**
 * Joins the parts of a document; `pages` holds where each page/sheet/slide starts. In an e-mail
 * every part is labelled, those in an attachment with its name (`vedlegg.pdf › page 3`).
 */
function joined(x: ExtractedText & { ocrProblem?: string }): ReadResult {
  let text = '';
  const pages: number[] = [];
  const labels: string[] = [];
  const mail = Boolean(x.embedded);
  for (const p of x.parts) {
    if (text) text += '\n';
    const paged = p.unit === 'page' || p.unit === 'sheet' || p.unit === 'slide' || p.unit === 'scan';
    if (paged || mail) {
      pages.push(text.length);
      const where = paged ? `${UNIT[p.unit]} ${p.label}${p.unit === 'scan' ? ' (OCR)' : ''}` : p.within ? (p.unit === 'part' ? p.label : '') : '';
      labels.push([...(p.within ?? []), where].filter(Boolean).join(' › '));
    }
    text += p.text;
  }
  const notes: string[] = [];
  const read = x.parts.filter((p) => p.unit === 'scan').length;
  if (x.pagesWithoutText?.length) notes.push(read ? `${read} scanned page(s) read with OCR` : `${x.pagesWithoutText.length} page(s) without text (scanned?)`);
  if (x.ocrProblem) notes.push(x.ocrProblem);
  const photo = { gps: false, fields: [] as string[] };
  let error: string | undefined;
  for (const e of x.embedded ?? []) {
    const name = e.within.join(' › ');
    if (e.photo?.fields.length) {
      notes.push(`${name}: ${photoNotes(e.photo.fields).join(', ')}`);
      photo.gps ||= e.photo.fields.includes('GPS');
      photo.fields.push(...e.photo.fields);
    }
    if (e.problem === 'unsupported') notes.push(`${name}: not opened`);
    else if (e.problem) error ??= `attachment ${name}: ${why(e.problem)}`;
  }
  return {
    text, ...(pages.length ? { pages } : {}), type: x.type, pageCount: x.pages ?? (mail ? undefined : pages.length || undefined), pageLabels: labels, notes,
    ...(photo.fields.length ? { photo } : {}), ...(error ? { error } : {}),
  };
}

export async function readDocument(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  const bytes = new Uint8Array(await readFile(path));
  const type = sniffType(bytes, path);
  if (isImageType(type)) {
    const meta = await readPhotoMetadata(bytes);
    const notes = photoNotes(meta.fields);
    if (type === 'heic') notes.push('HEIC');
    const photo = { gps: Boolean(meta.gps) || meta.fields.includes('GPS'), fields: meta.fields };
    if (options.ocr && type !== 'heic') {
      const read = await ocrImageNode(bytes);
      if (typeof read === 'string') return { text: read, type, notes: ['text read with OCR', ...notes], photo };
      notes.push(read.problem);
    }
    return { text: '', type, notes, photo };
  }
  try {
    const extracted = await extractText(bytes, path, '', { loadPdfJs: loadPdfJsNode });
    if (options.ocr && extracted.pagesWithoutText?.length) {
      const problem = await ocrScannedPagesNode(bytes, extracted);
      return joined({ ...extracted, ...(problem ? { ocrProblem: problem } : {}) });
    }
    return joined(extracted);
  } catch (error) {
    if (error instanceof FileReadError) throw Object.assign(new Error(why(error.problem)), { code: `VARSAM_${error.problem.toUpperCase()}` });
    throw error;
  }
}

/** Plugs the document and photo readers into the CLI. */
export function registerDocumentReaders(): void {
  for (const ext of [...DOCUMENT_EXTENSIONS, ...IMAGE_EXTENSIONS]) registerReader(ext, readDocument);
}
