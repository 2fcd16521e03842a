/**
 * Opens an e-mail's attachments with the same readers as files on their own (PDF, Office,
 * OpenDocument, RTF, CSV/TXT, attached e-mails in turn) and labels every part with the
 * attachment it is in, so a finding says "vedlegg.pdf › page 3". Limits: attached e-mails
 * nest at most MAX_MAIL_DEPTH deep, and one e-mail may unpack at most MAX_MAIL_BYTES in all
 * (decoded attachments plus what is unzipped inside them). An attachment that is encrypted,
 * damaged or over a limit is recorded with its problem, which holds the whole e-mail.
 * Attached pictures and scanned PDFs keep their bytes (`media`) for the extension's face
 * detection and OCR (files/browser/mail-media.ts); only attachments within the limits do.
 */
import type { Budget, EmbeddedFile, ExtractedText, FileType, TextPart } from '../types';
import { FileReadError } from '../types';
import { isImageType, sniffType } from '../sniff';
import { readPhotoMetadata } from '../image/exif';
import type { Mail } from './types';
import { nextTask, type PartProgress } from '../text/progress';

/** E-mails inside e-mails, counted from the outermost: deeper ones are not opened ('too-deep'). */
export const MAX_MAIL_DEPTH = 5;
/** Bytes one e-mail may unpack in all, attachments at every depth included ('too-large'). */
export const MAX_MAIL_BYTES = 200 * 1024 * 1024;
/** Attachments one e-mail may have in all, at every depth ('too-large'). */
export const MAX_MAIL_FILES = 1000;

/** Where the reading of one e-mail stands: its depth and what is left of the shared limits. */
export interface MailContext { depth: number; budget: Budget; files: { left: number } }

/** `goOn`: what the attachment's reader calls between its own pages or parts; false means stop (cancel). */
export type ReadAttachment = (bytes: Uint8Array, name: string, mime: string, context: MailContext, goOn: () => boolean) => Promise<ExtractedText>;

const isMail = (t: FileType) => t === 'eml' || t === 'msg';
/** Kept as names only: containers and types no reader here opens (zip, legacy .doc, binaries). */
const NOT_OPENED: FileType[] = ['unknown', 'zip'];

export function newMailContext(): MailContext {
  return { depth: 0, budget: { bytes: MAX_MAIL_BYTES }, files: { left: MAX_MAIL_FILES } };
}

/** `progress` counts attachments read (of this e-mail, not of the e-mails attached to it); false stops. */
export async function readMail(type: 'eml' | 'msg', mail: Mail, context: MailContext, read: ReadAttachment, progress?: PartProgress): Promise<ExtractedText> {
  if (mail.encrypted) throw new FileReadError('encrypted');
  const parts: TextPart[] = [
    { unit: 'part', label: 'header', text: mail.header },
    { unit: 'body', label: 'message', text: mail.body },
  ];
  if (mail.attachments.length) parts.push({ unit: 'part', label: 'attachments', text: mail.attachments.map((a) => a.name).join('\n') });
  const embedded: EmbeddedFile[] = [];
  const total = mail.attachments.length;
  let done = 0;
  let stopped = false;
  // Inside an attachment the same position is reported again: nothing new to show, but Cancel is heard.
  const goOn = () => !(stopped ||= progress?.(done, total, 'attachment') === false);
  for (const [i, a] of mail.attachments.entries()) {
    done = i;
    if (progress) {
      if (!goOn()) break;
      await nextTask();
    }
    const entry: EmbeddedFile = { within: [a.name], type: sniffType(a.bytes, a.name, a.mime) };
    embedded.push(entry);
    context.budget.bytes -= a.bytes.length;
    if (context.budget.bytes < 0 || --context.files.left < 0) { entry.problem = 'too-large'; break; }
    if (isImageType(entry.type)) {
      entry.photo = await readPhotoMetadata(a.bytes);
      entry.media = { bytes: a.bytes, mime: a.mime };
      continue;
    }
    if (NOT_OPENED.includes(entry.type)) { entry.problem = 'unsupported'; continue; }
    if (isMail(entry.type) && context.depth + 1 > MAX_MAIL_DEPTH) { entry.problem = 'too-deep'; continue; }
    try {
      const inner = await read(a.bytes, a.name, a.mime, { ...context, depth: context.depth + 1 }, goOn);
      if (inner.pagesWithoutText?.length) { entry.pagesWithoutText = inner.pagesWithoutText; entry.media = { bytes: a.bytes, mime: a.mime }; }
      for (const p of inner.parts) parts.push({ ...p, within: [a.name, ...(p.within ?? [])] });
      for (const e of inner.embedded ?? []) embedded.push({ ...e, within: [a.name, ...e.within] });
    } catch (error) {
      entry.problem = error instanceof FileReadError ? error.problem : 'corrupt';
    }
  }
  if (progress && total && !stopped) progress(total, total, 'attachment');
  return { type, parts, embedded };
}
