/**
 * Messages between the content script, the service worker and the offscreen document that does
 * the heavy file work. Runtime messages are JSON, so bytes travel as base64.
 */
import type { Finding } from '../detectors';
import type { FaceBox, FileReport } from './types';
import type { ProgressUnit } from './text/progress';

export interface WireFile { name: string; mime: string; base64: string }

export interface FileOptions {
  /** Look for faces in photos. */
  faces: boolean;
  /** Read text in images and scanned PDF pages with OCR (off by default; policy `photos.ocr` switches it on). */
  ocr: boolean;
  /** The organisation's country (policy `country`): which OCR language is tried first. */
  country?: string;
}

export type FileRequest =
  | { type: 'varsam:file-inspect'; id: string; file: WireFile; options: FileOptions }
  | { type: 'varsam:file-fix'; id: string; file: WireFile; fix: 'strip' | 'blur'; faces?: FaceBox[]; options: FileOptions }
  | { type: 'varsam:file-cancel'; id: string };

/**
 * Progress reported by the offscreen document while it works (sent to the tab that asked).
 * `text`: pages, sheets, slides, document parts or an e-mail's attachments read (`unit` says which); `faces`: 0/1, 1/1; `ocr`: hundredths of the images/scanned pages read
 * (total is 100 per image or page); `fix`: 0/1, 1/1.
 */
export interface FileProgress { type: 'varsam:file-progress'; id: string; done: number; total: number; stage: 'text' | 'faces' | 'ocr' | 'fix'; unit?: ProgressUnit }

/** What the content script gets back for one file. */
export interface InspectAnswer {
  report: FileReport;
  /** The document's text (parts joined, each after a header line), the basis of `findings`. Stays on the device. */
  text: string;
  findings: Finding[];
  /** A small JPEG of the photo (face boxes are drawn by the dialog), base64. */
  thumbnail?: { base64: string; width: number; height: number };
}

export interface FixAnswer { file: WireFile; answer: InspectAnswer }

/** `cancelled`: the user stopped the check; `lost`: the checker went away (closed, crashed) before it answered. */
export type FileAnswer = { ok: true; inspect?: InspectAnswer; fix?: FixAnswer } | { ok: false; error: string; cancelled?: boolean; lost?: boolean };

export function toBase64(bytes: Uint8Array): string {
  const native = (bytes as Uint8Array & { toBase64?: () => string }).toBase64;
  if (typeof native === 'function') return native.call(bytes);
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export function fromBase64(b64: string): Uint8Array {
  const native = (Uint8Array as unknown as { fromBase64?: (s: string) => Uint8Array }).fromBase64;
  if (typeof native === 'function') return native(b64);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}
