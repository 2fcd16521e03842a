import { scan, maskValue, type Finding, type FindingKind } from '../detectors';
import type { EmbeddedFile, FileReport, TextPart } from './types';
import { FileReadError } from './types';
import { extractText, type ExtractOptions } from './extract';
import { isImageType, sniffType } from './sniff';
import { readPhotoMetadata } from './image/exif';

export interface InspectOptions extends ExtractOptions {
  scan?: (text: string) => Finding[];
}

/**
 * Reads one file and scans its text: findings per page/sheet/slide (masked values only), photo
 * metadata (GPS, serial, owner). Faces are added by the extension side (files/faces.ts).
 * A file that cannot be read gets `problem` set instead of throwing.
 */
export async function inspectBytes(bytes: Uint8Array, name: string, mime = '', options: InspectOptions = {}): Promise<FileReport> {
  return (await inspectWithText(bytes, name, mime, options)).report;
}

/** Heading line put before each part in the joined text, e.g. `[page 3]` or `[vedlegg.pdf › page 3]`. */
const heading = (unit: string, label: string, within?: string[]) => `[${[...(within ?? []), `${unit} ${label}`].join(' › ')}]`;

export interface InspectResult {
  report: FileReport; text: string; findings: Finding[];
  /** An e-mail's attachments as read (with the bytes of pictures and scanned PDFs): for faces and OCR, never sent. */
  embedded?: EmbeddedFile[];
}

/**
 * As inspectBytes, and also the text of all parts joined (each after a `[page 3]` heading) with
 * the findings' offsets into it: for the guard, which shows and re-checks it on the device.
 */
export async function inspectWithText(bytes: Uint8Array, name: string, mime = '', options: InspectOptions = {}): Promise<InspectResult> {
  const result: InspectResult = { report: undefined as unknown as FileReport, text: '', findings: [] };
  const pieces: string[] = [];
  let offset = 0;
  result.report = await inspectInto(bytes, name, mime, options, (unit, label, text, findings, within) => {
    const head = heading(unit, label, within) + '\n';
    pieces.push(head + text);
    for (const f of findings) result.findings.push({ ...f, start: f.start + offset + head.length, end: f.end + offset + head.length });
    offset += head.length + text.length + 1;
  }, (embedded) => { result.embedded = embedded; });
  result.text = pieces.join('\n');
  return result;
}

/**
 * Adds a part read later (text OCR found in a photo or on a scanned page) to an inspection:
 * scanned like the others, its findings in the report and in the joined text.
 */
export function addPart(result: InspectResult, part: TextPart, doScan: (text: string) => Finding[] = (t) => scan(t)): void {
  const findings = doScan(part.text);
  const head = heading(part.unit, part.label, part.within);
  if (result.text) result.text += '\n';
  const at = result.text.length + head.length + 1;
  result.text += `${head}\n${part.text}`;
  for (const f of findings) result.findings.push({ ...f, start: f.start + at, end: f.end + at });
  record(result.report, part, findings);
}

function record(report: FileReport, part: TextPart, findings: Finding[]): void {
  report.chars += part.text.length;
  if (findings.length === 0) return;
  report.parts.push({
    unit: part.unit,
    label: part.label,
    ...(part.within ? { within: part.within } : {}),
    findings,
    masked: findings.map((f) => maskValue(part.text.slice(f.start, f.end))),
  });
  for (const f of findings) report.kinds[f.kind as FindingKind] = (report.kinds[f.kind as FindingKind] ?? 0) + 1;
}

async function inspectInto(
  bytes: Uint8Array, name: string, mime: string, options: InspectOptions,
  onScanned: (unit: string, label: string, text: string, findings: Finding[], within?: string[]) => void,
  onEmbedded: (embedded: EmbeddedFile[]) => void = () => undefined,
): Promise<FileReport> {
  const doScan = options.scan ?? ((text: string) => scan(text));
  const type = sniffType(bytes, name, mime);
  const report: FileReport = { name, size: bytes.length, type, parts: [], kinds: {}, chars: 0 };
  if (isImageType(type)) {
    report.photo = await readPhotoMetadata(bytes);
    if (type === 'heic') report.problem = 'undecodable-image';
    return report;
  }
  // Parts are scanned as soon as the reader hands them over (pages, sheets, slides), so progress
  // reports cover the scan too; parts it returns only at the end (an e-mail's) are scanned then.
  const scanned = new Set<TextPart>();
  const scanPart = (part: TextPart) => {
    const findings = doScan(part.text);
    onScanned(part.unit, part.label, part.text, findings, part.within);
    record(report, part, findings);
    scanned.add(part);
  };
  try {
    const extracted = await extractText(bytes, name, mime, { ...options, onPart: options.onProgress || options.onPage ? scanPart : undefined });
    report.pages = extracted.pages;
    if (extracted.pagesWithoutText?.length) report.pagesWithoutText = extracted.pagesWithoutText;
    for (const part of extracted.parts) if (!scanned.has(part)) scanPart(part);
    if (type === 'unknown' || type === 'zip') report.problem = 'unsupported';
    // An e-mail's attachment that could not be read holds the whole e-mail (types no reader
    // opens, such as zip or legacy .doc, are only named, as they are when attached on their own).
    const broken = extracted.embedded?.find((e) => e.problem && e.problem !== 'unsupported');
    if (broken) { report.problem = broken.problem; report.problemIn = broken.within; }
    const photos = extracted.embedded?.filter((e) => e.photo?.fields.length).map((e) => ({ within: e.within, photo: e.photo! }));
    if (photos?.length) report.attachedPhotos = photos;
    if (extracted.embedded?.length) onEmbedded(extracted.embedded);
  } catch (error) {
    report.problem = error instanceof FileReadError ? error.problem : 'corrupt';
  }
  return report;
}
