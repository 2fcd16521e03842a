/**
 * The seam between the guard's file interception and file analysis. The guard calls
 * `inspectFiles` for every file a user picks, drops or pastes, and again (from its cache) when
 * the post goes out. For now it reads file names and plain-text files; the attachments work
 * (files/: PDF/DOCX text, EXIF/GPS, faces) replaces the internals and may return a
 * `replacement` (e.g. location stripped, faces blurred), which the guard then delivers
 * instead of the original.
 */
import type { Finding } from '../../detectors/core/finding';
import { loadScanner, scan } from '../scanner';

export interface FileReport {
  file: File;
  /** Text read from the file (and its name), the basis of `findings`. Never logged. */
  text: string;
  findings: Finding[];
  /** A photo or other image (for the child confirmations). */
  image: boolean;
  /** A file to deliver instead of the original, when a fix was applied. */
  replacement?: File;
}

const TEXT_TYPES = /^text\/|^application\/(json|csv|xml)$/;
const TEXT_NAMES = /\.(txt|csv|tsv|md|json|xml)$/i;
const MAX_TEXT_BYTES = 2 * 1024 * 1024;

export const isImage = (file: File) => file.type.startsWith('image/') || /\.(jpe?g|png|gif|webp|heic|heif|avif|bmp|tiff?)$/i.test(file.name);

const cache = new WeakMap<File, Promise<FileReport>>();

async function inspectOne(file: File): Promise<FileReport> {
  let text = file.name;
  if ((TEXT_TYPES.test(file.type) || TEXT_NAMES.test(file.name)) && file.size <= MAX_TEXT_BYTES) {
    try { text += `\n${await file.text()}`; } catch { /* unreadable: the name is still checked */ }
  }
  return { file, text, findings: scan(text), image: isImage(file) };
}

export async function inspectFiles(files: File[]): Promise<FileReport[]> {
  await loadScanner();
  return Promise.all(files.map((f) => {
    let report = cache.get(f);
    if (!report) { report = inspectOne(f); cache.set(f, report); }
    return report;
  }));
}

/** A finished report from the cache, without waiting (for decisions that must stay synchronous). */
const settled = new WeakMap<File, FileReport>();
export function cachedReport(file: File): FileReport | undefined { return settled.get(file); }
export async function inspectAndRemember(files: File[]): Promise<FileReport[]> {
  const reports = await inspectFiles(files);
  for (const r of reports) settled.set(r.file, r);
  return reports;
}
