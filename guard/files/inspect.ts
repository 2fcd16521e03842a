/**
 * The seam between the guard's file interception and file analysis. The guard calls
 * `inspectFiles` for every file a user picks, drops or pastes, and again (from its cache) when
 * the post goes out. Plain-text files are read right here; documents and photos go to the
 * extension's offscreen document (files/browser/service.ts) through the service worker, so no
 * PDF, Office, EXIF or face code is ever loaded into a page. A fix (location removed, faces
 * blurred) sets `replacement`, which the guard delivers instead of the original.
 */
import { browser } from 'wxt/browser';
import type { Finding } from '../../detectors/core/finding';
import { loadScanner, scan } from '../scanner';
import { decodeText } from '../../files/text/plain';
import { sniffType, isImageType } from '../../files/sniff';
import { keepBackgroundAwake } from './keepalive';
import type { FaceBox, FileReport as FileDetail, FileType } from '../../files/types';
import { fromBase64, toBase64, type FileAnswer, type FileOptions, type FileProgress, type InspectAnswer } from '../../files/wire';

export interface FileReport {
  file: File;
  /** Text read from the file (and its name), the basis of `findings`. Never logged. */
  text: string;
  findings: Finding[];
  /** A photo or other image (for the child confirmations). */
  image: boolean;
  /** A file to deliver instead of the original, when a fix was applied. */
  replacement?: File;
  /** What the offscreen check found: pages/sheets with findings, a problem, GPS, faces. */
  detail?: FileDetail;
  /** Small JPEG of a photo, for the dialog's thumbnail. */
  thumbnail?: { bytes: Uint8Array; width: number; height: number };
  /** The fixes applied so far. */
  fixed?: Array<'strip' | 'blur'>;
  /** The original's thumbnail, kept for before/after once a fix is applied. */
  before?: { bytes: Uint8Array; width: number; height: number; faces?: FaceBox[] };
}

const TEXT_TYPES = /^text\/|^application\/(json|csv|xml)$/;
const TEXT_NAMES = /\.(txt|csv|tsv|md|json|xml)$/i;
const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Larger documents and photos are not sent for checking; they are held as too large to check. */
export const MAX_CHECK_BYTES = 48 * 1024 * 1024;

export const isImage = (file: File) => file.type.startsWith('image/') || /\.(jpe?g|png|gif|webp|heic|heif|avif|bmp|tiff?)$/i.test(file.name);

/** Checked in the offscreen document: documents with text and photos. */
const CHECKED: FileType[] = ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'eml', 'msg', 'jpeg', 'png', 'webp', 'gif', 'heic', 'tiff'];

let options: FileOptions = { faces: true, ocr: false };
/** Set from policy (files.ocr, photo checks). */
export function setFileOptions(next: Partial<FileOptions>): void { options = { ...options, ...next }; }

/** Listeners for progress of long checks (the dialog's progress line). */
const progressListeners = new Set<(p: FileProgress) => void>();
export function onFileProgress(fn: (p: FileProgress) => void): () => void {
  progressListeners.add(fn);
  return () => progressListeners.delete(fn);
}
let listening = false;
function listenForProgress() {
  if (listening) return;
  listening = true;
  try {
    browser.runtime.onMessage.addListener((m: unknown) => {
      if ((m as FileProgress)?.type === 'varsam:file-progress') for (const fn of progressListeners) fn(m as FileProgress);
      return undefined;
    });
  } catch { /* not in an extension context (unit tests) */ }
}

let counter = 0;
const newId = () => `${Date.now().toString(36)}-${(counter++).toString(36)}`;
const active = new Set<string>();

/** Stops every check in progress (the user pressed Cancel while files were being read). */
export function cancelChecks(): void {
  for (const id of active) void browser.runtime.sendMessage({ type: 'varsam:file-cancel', id }).catch(() => undefined);
  active.clear();
}

/** The guard's report from the offscreen answer: the name is scanned too, offsets shifted past it. */
function fromAnswer(file: File, answer: InspectAnswer, base?: Partial<FileReport>): FileReport {
  const head = file.name + '\n';
  const findings = [...scan(file.name), ...answer.findings.map((f) => ({ ...f, start: f.start + head.length, end: f.end + head.length }))];
  return {
    ...base,
    file, text: head + answer.text, findings, image: isImage(file) || isImageType(answer.report.type),
    detail: answer.report,
    thumbnail: answer.thumbnail ? { bytes: fromBase64(answer.thumbnail.base64), width: answer.thumbnail.width, height: answer.thumbnail.height } : undefined,
  };
}

async function ask(message: Record<string, unknown>): Promise<FileAnswer> {
  listenForProgress();
  const id = message.id as string;
  active.add(id);
  const awake = keepBackgroundAwake();
  try {
    return (await browser.runtime.sendMessage(message as never)) as FileAnswer ?? { ok: false, error: 'no answer' };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    awake();
    active.delete(id);
  }
}

function problemReport(file: File, problem: FileDetail['problem'], type: FileType): FileReport {
  return {
    file, text: file.name, findings: scan(file.name), image: isImage(file),
    detail: { name: file.name, size: file.size, type, problem, parts: [], kinds: {}, chars: 0 },
  };
}

async function inspectOne(file: File): Promise<FileReport> {
  let text = file.name;
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer().catch(() => new ArrayBuffer(0)));
  const type = sniffType(head, file.name, file.type);
  if (CHECKED.includes(type)) {
    if (file.size > MAX_CHECK_BYTES) return problemReport(file, 'too-large', type);
    let base64: string;
    try { base64 = toBase64(new Uint8Array(await file.arrayBuffer())); } catch { return problemReport(file, 'corrupt', type); }
    const answer = await ask({ type: 'varsam:file-inspect', id: newId(), file: { name: file.name, mime: file.type, base64 }, options });
    if (answer.ok && answer.inspect) return fromAnswer(file, answer.inspect);
    // The checker failed or was cancelled: never pass the file silently.
    return problemReport(file, answer.ok ? 'corrupt' : answer.cancelled ? 'timeout' : 'unsupported', type);
  }
  if ((TEXT_TYPES.test(file.type) || TEXT_NAMES.test(file.name)) && file.size <= MAX_TEXT_BYTES) {
    try { text += `\n${decodeText(new Uint8Array(await file.arrayBuffer())).text}`; } catch { /* unreadable: the name is still checked */ }
  }
  return { file, text, findings: scan(text), image: isImage(file) };
}

/** Whether a file must be shown to the user before it goes out. */
export function needsAttention(r: FileReport, holds: (findings: Finding[]) => boolean): boolean {
  const d = r.detail;
  return holds(r.findings) || Boolean(d?.problem) || Boolean(d?.photo?.fields.length) || (d?.photo?.faces?.length ?? 0) > 0
    || Boolean(d?.attachedPhotos?.length);
}

/**
 * Applies a fix to a file (the replacement if one was already made) and re-checks the result.
 * Resolves to the updated report, or an error message.
 */
export async function fixFile(report: FileReport, fix: 'strip' | 'blur', faces?: FaceBox[]): Promise<FileReport | string> {
  const current = report.replacement ?? report.file;
  const base64 = toBase64(new Uint8Array(await current.arrayBuffer()));
  const answer = await ask({ type: 'varsam:file-fix', id: newId(), file: { name: current.name, mime: current.type, base64 }, fix, faces, options });
  if (!answer.ok || !answer.fix) return answer.ok ? 'no answer' : answer.error;
  const { file: wire, answer: inspected } = answer.fix;
  const replacement = new File([fromBase64(wire.base64) as BlobPart], wire.name, { type: wire.mime, lastModified: report.file.lastModified });
  const before = report.before ?? (report.thumbnail ? { ...report.thumbnail, faces: report.detail?.photo?.faces } : undefined);
  const next = fromAnswer(replacement, inspected, { before, fixed: [...(report.fixed ?? []), fix] });
  const out: FileReport = { ...next, file: report.file, replacement };
  settled.set(report.file, out);
  settled.set(replacement, { ...out, file: replacement, replacement: undefined });
  return out;
}

const cache = new WeakMap<File, Promise<FileReport>>();

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
