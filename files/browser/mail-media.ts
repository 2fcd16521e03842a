/**
 * Pictures and scanned pages inside an e-mail's attachments, for the offscreen service: each
 * attached photo is looked at for faces (options.faces) and, with options.ocr, read with OCR;
 * each attached PDF with pages without text has those pages read with OCR, like a PDF on its
 * own. Findings are labelled with the attachment (`klasse.png › Text in the image`), faces go
 * into the report's `attachedPhotos`, where the guard counts them like a photo's own. Only
 * attachments the e-mail's limits let through carry bytes (files/mail/read.ts), so the size and
 * depth budget holds here too. A picture that cannot be decoded holds the e-mail, as a photo
 * on its own is held.
 */
import type { EmbeddedFile, FileReport } from '../types';
import type { FileOptions } from '../wire';
import type { InspectResult } from '../inspect';
import type { PdfJs, PdfOptions } from '../text/pdf';
import type { Progress } from './service';
import { ocrImage, ocrScannedPages } from './ocr-parts';
import { detectFaces } from './faces';
import { decode } from './image';

interface Job { isCancelled: () => boolean; progress: Progress }

const MIME: Record<string, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };
/** Pictures the browser decodes (HEIC and TIFF it does not). */
const DECODABLE = new Set(Object.keys(MIME));

type AttachedPhoto = NonNullable<FileReport['attachedPhotos']>[number];

function photoEntry(report: FileReport, e: EmbeddedFile): AttachedPhoto {
  const key = e.within.join('\u0000');
  const found = report.attachedPhotos?.find((a) => a.within.join('\u0000') === key);
  if (found) return found;
  const entry: AttachedPhoto = { within: e.within, photo: { ...(e.photo ?? { fields: [] }) } };
  return entry;
}

function hold(report: FileReport, e: EmbeddedFile): void {
  if (report.problem) return;
  report.problem = 'undecodable-image';
  report.problemIn = e.within;
}

export async function inspectMailMedia(
  answer: InspectResult, embedded: EmbeddedFile[], options: FileOptions, job: Job,
  pdf: { loadPdfJs: () => Promise<PdfJs> } & Pick<PdfOptions, 'documentOptions'>,
): Promise<void> {
  const { report } = answer;
  const media = embedded.filter((e) => e.media && !e.problem);
  const pictures = media.filter((e) => e.type !== 'pdf');
  const cancelled = () => { if (job.isCancelled()) throw new Error('cancelled'); };
  let looked = 0;
  for (const e of pictures) {
    if (!options.faces && !options.ocr) break;
    cancelled();
    if (!DECODABLE.has(e.type)) { if (options.faces) hold(report, e); continue; }
    let image: ImageBitmap;
    try {
      image = await decode(e.media!.bytes, MIME[e.type]!);
    } catch {
      hold(report, e);
      continue;
    }
    try {
      if (options.ocr) await ocrImage(answer, image, options, job, e.within);
      if (options.faces) {
        job.progress(looked, pictures.length, 'faces');
        const result = await detectFaces(image, { isCancelled: job.isCancelled });
        cancelled();
        looked++;
        job.progress(looked, pictures.length, 'faces');
        const entry = photoEntry(report, e);
        entry.photo.faces = result.faces.map((b) => ({ x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height), score: Math.round(b.score * 100) / 100 }));
        entry.photo.facesChecked = true;
        entry.photo.width = image.width;
        entry.photo.height = image.height;
        // Listed when there is something to say: faces, or metadata (already listed then).
        if (entry.photo.faces.length > 0 && !report.attachedPhotos?.includes(entry)) (report.attachedPhotos ??= []).push(entry);
      }
    } finally {
      image.close();
    }
  }
  if (!options.ocr) return;
  for (const e of media.filter((m) => m.type === 'pdf' && m.pagesWithoutText?.length)) {
    cancelled();
    await ocrScannedPages(answer, e.media!.bytes, options, job, pdf, { pages: e.pagesWithoutText!, within: e.within });
  }
}
