/**
 * Outlook messages (.msg, an OLE compound file) through @kenjiuno/msgreader (Apache-2.0; reads
 * the property streams in the browser and in Node): subject, sender, recipients, the body as
 * plain text, HTML or compressed RTF, and every attachment with its bytes. An attached Outlook
 * item comes back as a .msg file of its own and is opened like any other attachment.
 */
import MsgReaderModule from '@kenjiuno/msgreader';
import { decompressRTF } from '@kenjiuno/decompressrtf';
import { FileReadError } from '../types';
import type { Mail } from '../mail/types';
import { htmlText } from './html';
import { decodeText } from './plain';
import { rtfText } from './rtf';

type MsgReader = MsgReaderModule;
// A CommonJS package: Node's ESM loader (and the bundled CLI) gives its exports object as the default, bundlers its `.default`.
const MsgReader: typeof MsgReaderModule = (MsgReaderModule as unknown as { default?: typeof MsgReaderModule }).default ?? MsgReaderModule;
type Fields = ReturnType<MsgReader['getFileData']>;

const person = (name?: string, email?: string) => [name, email && email !== name ? email : undefined].filter(Boolean).join(' ');

function bodyOf(f: Fields): string {
  if (f.body?.trim()) return f.body;
  if (f.bodyHtml?.trim()) return htmlText(f.bodyHtml);
  if (f.html?.length) return htmlText(decodeText(f.html).text);
  if (f.compressedRtf?.length) return rtfText(decodeText(Uint8Array.from(decompressRTF(Array.from(f.compressedRtf)))).text);
  return '';
}

export function parseMsg(bytes: Uint8Array): Mail {
  let reader: MsgReader;
  let f: Fields;
  try {
    reader = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    f = reader.getFileData();
  } catch (error) {
    throw new FileReadError('corrupt', error instanceof Error ? error.message : String(error));
  }
  if (f.error) throw new FileReadError('corrupt', f.error);
  const cls = f.messageClass ?? '';
  // IPM.Note.SMIME is an encrypted message; IPM.Note.SMIME.MultipartSigned keeps the message as a MIME part.
  const encrypted = /^IPM\.Note\.SMIME$/i.test(cls) || /\.SMIME\.(Encrypted|Enveloped)/i.test(cls);
  const signed = /SMIME\.MultipartSigned/i.test(cls);
  const header = [
    ...(f.senderName || f.senderEmail ? [`From: ${person(f.senderName, f.senderSmtpAddress ?? f.senderEmail)}`] : []),
    ...(f.recipients ?? []).map((r) => `${r.recipType === 'cc' ? 'Cc' : r.recipType === 'bcc' ? 'Bcc' : 'To'}: ${person(r.name, r.smtpAddress ?? r.email)}`),
    ...(f.subject ? [`Subject: ${f.subject}`] : []),
  ].join('\n');
  const attachments: Mail['attachments'] = [];
  for (const a of f.attachments ?? []) {
    let content: Uint8Array;
    let name: string;
    try {
      const data = reader.getAttachment(a);
      content = data.content;
      name = a.innerMsgContent ? data.fileName : (a.fileName ?? a.fileNameShort ?? a.name ?? 'attachment');
    } catch (error) {
      throw new FileReadError('corrupt', error instanceof Error ? error.message : String(error));
    }
    if (encrypted && /\.p7m$/i.test(name)) continue;
    if (signed && /\.p7m$/i.test(name)) { attachments.push({ name: name.replace(/\.p7m$/i, '.eml'), mime: 'message/rfc822', bytes: content }); continue; }
    attachments.push({ name, mime: a.attachMimeTag ?? (a.innerMsgContent ? 'application/vnd.ms-outlook' : ''), bytes: content });
  }
  return { header, body: bodyOf(f), attachments, encrypted };
}
