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
import type { Policy } from '../../policy/schema';
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
  /** The user cancelled the check before it finished: the file is not delivered, and not cached. */
  cancelled?: boolean;
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
export function setFileOptions(next: Partial<FileOptions>): void { options = { ...options, ...next }; }
/** The effective policy's file settings: OCR (`photos.ocr`, off by default) and the country for its language. */
export function applyFilePolicy(policy: Pick<Policy, 'photos' | 'country'>): void {
  setFileOptions({ ocr: policy.photos?.ocr === true, country: policy.country });
}

/** Progress of one file's check, as the guard's status shows it. */
export interface CheckProgress extends FileProgress {
  /** The file being checked (undefined for a check this frame no longer tracks). */
  file?: File;
}

/**
 * A check that hears nothing from the offscreen document (no answer, no progress) for this long
 * is given up: the file is held as "could not be checked" (problem `timeout`, policy's
 * `scanFailure` decides), never passed, never waited for forever. Progress resets the clock, so a
 * long PDF that keeps reporting pages is not cut off.
 */
export const CHECK_STALL_MS = 60_000;
let stallMs = CHECK_STALL_MS;
/** Test builds shorten the stall timeout (guard/settings.ts `timing`). */
export function setCheckStallTimeout(ms: number | undefined): void { stallMs = ms && ms > 0 ? ms : CHECK_STALL_MS; }

/** Listeners for progress of long checks (the guard's status, the dialog's progress line). */
const progressListeners = new Set<(p: CheckProgress) => void>();
export function onFileProgress(fn: (p: CheckProgress) => void): () => void {
  progressListeners.add(fn);
  return () => progressListeners.delete(fn);
}

interface ActiveCheck {
  file?: File;
  /** Progress arrived: the stall clock starts again. */
  alive: () => void;
  /** Ends the check at once with this answer (cancel). */
  end: (answer: FileAnswer) => void;
}
/** Checks waiting for the offscreen document, by request id. */
const active = new Map<string, ActiveCheck>();

let listening = false;
function listenForProgress() {
  if (listening) return;
  listening = true;
  try {
    browser.runtime.onMessage.addListener((m: unknown) => {
      const p = m as FileProgress;
      if (p?.type !== 'varsam:file-progress') return undefined;
      const check = active.get(p.id);
      check?.alive();
      for (const fn of progressListeners) fn({ ...p, file: check?.file });
      return undefined;
    });
  } catch { /* not in an extension context (unit tests) */ }
}

const newId = () => (typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`);

const sendCancel = (id: string) => void browser.runtime.sendMessage({ type: 'varsam:file-cancel', id }).catch(() => undefined);

/**
 * Stops the checks of these files (the user pressed Cancel while they were being read): the
 * offscreen document stops, the waiting ends at once, and nothing about them stays cached, so
 * the same file picked again is checked again.
 */
export function cancelFiles(files: File[]): void {
  for (const [id, check] of active) {
    if (!check.file || !files.includes(check.file)) continue;
    sendCancel(id);
    active.delete(id);
    check.end({ ok: false, error: 'cancelled', cancelled: true });
  }
  forget(files);
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

/**
 * One request to the offscreen document (through the service worker). Ends with the answer, or
 * with `cancelled` when the user cancels, or with `stalled` when nothing was heard for `stallMs`.
 */
async function ask(message: Record<string, unknown>, file?: File): Promise<FileAnswer & { stalled?: boolean }> {
  listenForProgress();
  const id = message.id as string;
  const awake = keepBackgroundAwake();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return await new Promise<FileAnswer & { stalled?: boolean }>((resolve) => {
      const stalled = () => { sendCancel(id); resolve({ ok: false, error: 'no answer from the file checker', stalled: true }); };
      const alive = () => { clearTimeout(timer); timer = setTimeout(stalled, stallMs); };
      active.set(id, { file, alive, end: resolve });
      alive();
      (browser.runtime.sendMessage(message as never) as Promise<FileAnswer | undefined>).then(
        (answer) => resolve(answer ?? { ok: false, error: 'no answer' }),
        (error: unknown) => resolve({ ok: false, error: error instanceof Error ? error.message : String(error) }),
      );
    });
  } finally {
    awake();
    clearTimeout(timer);
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
    const answer = await ask({ type: 'varsam:file-inspect', id: newId(), file: { name: file.name, mime: file.type, base64 }, options }, file);
    if (answer.ok && answer.inspect) return fromAnswer(file, answer.inspect);
    // The checker failed (threw), hung, died or was cancelled: never pass the file silently. All
    // but an answer without a result are "the check stopped before it finished" (problem `timeout`).
    if (!answer.ok && answer.cancelled) return { ...problemReport(file, 'timeout', type), cancelled: true };
    return problemReport(file, answer.ok ? 'corrupt' : 'timeout', type);
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
  const answer = await ask({ type: 'varsam:file-fix', id: newId(), file: { name: current.name, mime: current.type, base64 }, fix, faces, options }, report.file);
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
/** A finished report from the cache, without waiting (for decisions that must stay synchronous). */
const settled = new WeakMap<File, FileReport>();

/** Drops what is known about these files: the next pick of the same file is checked again. */
function forget(files: File[]): void {
  for (const f of files) { cache.delete(f); settled.delete(f); }
}

export async function inspectFiles(files: File[]): Promise<FileReport[]> {
  await loadScanner();
  return Promise.all(files.map((f) => {
    let report = cache.get(f);
    if (!report) {
      const started = inspectOne(f);
      report = started;
      cache.set(f, started);
      // A cancelled check must not be remembered as if it were the file's result.
      void started.then((r) => { if (r.cancelled && cache.get(f) === started) cache.delete(f); }, () => cache.delete(f));
    }
    return report;
  }));
}

export function cachedReport(file: File): FileReport | undefined { return settled.get(file); }
export async function inspectAndRemember(files: File[]): Promise<FileReport[]> {
  const reports = await inspectFiles(files);
  for (const r of reports) if (!r.cancelled) settled.set(r.file, r);
  return reports;
}
