/**
 * The offscreen document's file service: inspects files (text, photo metadata, faces) and
 * applies fixes (remove location, blur faces). Runs on an extension page, never on a site.
 */
import { browser } from 'wxt/browser';
import type { Finding } from '../../detectors';
import { inspectWithText } from '../inspect';
import { ocrImage, ocrScannedPages } from './ocr-parts';
import { inspectMailMedia } from './mail-media';
import { isImageType, sniffType } from '../sniff';
import { stripMetadata } from '../image/strip';
import { readPhotoMetadata } from '../image/exif';
import type { PdfJs } from '../text/pdf';
import type { ProgressUnit } from '../text/progress';
import type { FaceBox } from '../types';
import { fromBase64, toBase64, type FileAnswer, type FileOptions, type FileRequest, type InspectAnswer, type WireFile } from '../wire';
import { blurFaces, decode, reencode, thumbnail } from './image';
import { detectFaces } from './faces';

let pdfjs: Promise<PdfJs> | undefined;
/** pdf.js's browser build with its worker as a real file of the extension (no blob: workers in MV3). */
export function loadPdfJsBrowser(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist').then((lib) => {
    lib.GlobalWorkerOptions.workerSrc = browser.runtime.getURL('/pdfjs/pdf.worker.min.mjs' as '/');
    return lib as unknown as PdfJs;
  });
  return pdfjs;
}

const PDF_URLS = () => ({
  cMapUrl: browser.runtime.getURL('/pdfjs/cmaps/' as '/'),
  cMapPacked: true,
  standardFontDataUrl: browser.runtime.getURL('/pdfjs/standard_fonts/' as '/'),
  wasmUrl: browser.runtime.getURL('/pdfjs/wasm/' as '/'),
});

const cancelled = new Set<string>();
export type Progress = (done: number, total: number, stage: 'text' | 'faces' | 'ocr' | 'fix', unit?: ProgressUnit) => void;

const mimeOf = (bytes: Uint8Array, f: WireFile) => {
  const t = sniffType(bytes, f.name, f.mime);
  return t === 'jpeg' ? 'image/jpeg' : t === 'png' ? 'image/png' : t === 'webp' ? 'image/webp' : t === 'gif' ? 'image/gif' : f.mime;
};

export async function inspectFile(file: WireFile, options: FileOptions, id: string, progress: Progress = () => undefined): Promise<InspectAnswer> {
  const bytes = fromBase64(file.base64);
  const { report, text, findings, embedded } = await inspectWithText(bytes, file.name, file.mime, {
    loadPdfJs: loadPdfJsBrowser,
    documentOptions: PDF_URLS(),
    onPage: (done, total) => { progress(done, total, 'text', 'page'); return !cancelled.has(id); },
    onProgress: (done, total, unit) => { progress(done, total, 'text', unit); return !cancelled.has(id); },
  });
  if (cancelled.has(id)) throw new Error('cancelled');
  const answer: InspectAnswer = { report, text, findings };
  const job = { isCancelled: () => cancelled.has(id), progress };
  if ((report.type === 'eml' || report.type === 'msg') && embedded?.length && !report.problem) {
    // Attached photos and scanned PDFs: faces and OCR, labelled with the attachment.
    await inspectMailMedia(answer, embedded, options, job, { loadPdfJs: loadPdfJsBrowser, documentOptions: PDF_URLS() });
    return answer;
  }
  if (options.ocr && report.type === 'pdf' && report.pagesWithoutText?.length && !report.problem) {
    await ocrScannedPages(answer, bytes, options, job, { loadPdfJs: loadPdfJsBrowser, documentOptions: PDF_URLS() });
  }
  if (isImageType(report.type) && !report.problem) {
    let image: ImageBitmap;
    try {
      image = await decode(bytes, mimeOf(bytes, file));
    } catch {
      report.problem = 'undecodable-image';
      return answer;
    }
    report.photo = { ...(report.photo ?? { fields: [] }), width: image.width, height: image.height };
    if (options.ocr && report.type !== 'heic' && report.type !== 'tiff') await ocrImage(answer, image, options, job);
    const thumb = await thumbnail(image);
    answer.thumbnail = { base64: toBase64(thumb.bytes), width: thumb.width, height: thumb.height };
    if (options.faces) {
      progress(0, 1, 'faces');
      const result = await detectFaces(image, { isCancelled: () => cancelled.has(id) });
      if (cancelled.has(id)) throw new Error('cancelled');
      report.photo.faces = result.faces.map((b) => ({ x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height), score: Math.round(b.score * 100) / 100 }));
      report.photo.facesChecked = true;
      progress(1, 1, 'faces');
    }
    image.close();
  }
  return answer;
}

export async function fixFile(file: WireFile, fix: 'strip' | 'blur', faces: FaceBox[] | undefined, options: FileOptions, id: string, progress: Progress): Promise<{ file: WireFile; answer: InspectAnswer }> {
  const bytes = fromBase64(file.base64);
  const mime = mimeOf(bytes, file);
  let out: Uint8Array;
  let outMime = mime;
  progress(0, 1, 'fix');
  if (fix === 'strip') {
    const meta = await readPhotoMetadata(bytes);
    const lossless = stripMetadata(bytes, meta.orientation);
    if (lossless) out = lossless;
    else {
      const image = await decode(bytes, mime);
      const blob = await reencode(image, mime);
      image.close();
      out = new Uint8Array(await blob.arrayBuffer());
      outMime = blob.type;
    }
  } else {
    const image = await decode(bytes, mime);
    let targets = faces ?? (await detectFaces(image)).faces;
    let blob = await blurFaces(image, targets, mime);
    image.close();
    // Check the result: if the detector still sees a face where one was blurred, blur harder.
    for (let round = 2; round <= 3 && faces === undefined; round++) {
      const again = await decode(new Uint8Array(await blob.arrayBuffer()), blob.type);
      const left = (await detectFaces(again, { tiling: false })).faces;
      if (left.length === 0) { again.close(); break; }
      targets = left;
      blob = await blurFaces(again, targets, blob.type, round);
      again.close();
    }
    out = new Uint8Array(await blob.arrayBuffer());
    outMime = blob.type;
  }
  progress(1, 1, 'fix');
  const name = outMime !== mime && outMime === 'image/jpeg' ? file.name.replace(/\.[a-z0-9]+$/i, '') + '.jpg' : file.name;
  const fixed: WireFile = { name, mime: outMime, base64: toBase64(out) };
  return { file: fixed, answer: await inspectFile(fixed, options, id, progress) };
}

/** Answers one request (the offscreen document's message handler calls this). */
export async function handleFileRequest(req: FileRequest, progress: Progress): Promise<FileAnswer> {
  if (req.type === 'varsam:file-cancel') { cancelled.add(req.id); return { ok: true }; }
  try {
    if (req.type === 'varsam:file-inspect') return { ok: true, inspect: await inspectFile(req.file, req.options, req.id, progress) };
    return { ok: true, fix: await fixFile(req.file, req.fix, req.faces, req.options, req.id, progress) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, error: message, cancelled: cancelled.has(req.id) || undefined };
  } finally {
    setTimeout(() => cancelled.delete(req.id), 60_000);
  }
}

export type { Finding };
