/**
 * E-mail (.eml, RFC 5322/MIME) through postal-mime (MIT-0, no dependencies, the same code in the
 * browser and in Node): headers with RFC 2047 words, quoted-printable and base64 bodies in any
 * charset, HTML bodies, and every attachment with its decoded bytes. Attached messages
 * (message/rfc822) stay attachments, so files/mail/read.ts opens them like any other file and
 * can say which one a finding is in.
 */
import PostalMime, { type Address } from 'postal-mime';
import { FileReadError } from '../types';
import type { Mail } from '../mail/types';
import { htmlText } from './html';

const addresses = (list: Address[] | Address | undefined): string[] =>
  (Array.isArray(list) ? list : list ? [list] : []).flatMap((a) => (a.group ? addresses(a.group) : [[a.name, a.address].filter(Boolean).join(' ')]));

/** S/MIME (smime.p7m) and PGP/MIME content cannot be read without the key; a detached signature (pkcs7-signature) holds no text. */
const ENCRYPTED = /^application\/(x-)?pkcs7-mime$|^application\/pgp-encrypted$/i;

export async function parseEml(bytes: Uint8Array): Promise<Mail> {
  let email: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    email = await PostalMime.parse(bytes, { forceRfc822Attachments: true, attachmentEncoding: 'arraybuffer' });
  } catch (error) {
    throw new FileReadError('corrupt', error instanceof Error ? error.message : String(error));
  }
  const header = [
    ...addresses(email.from).map((a) => `From: ${a}`),
    ...addresses(email.to).map((a) => `To: ${a}`),
    ...addresses(email.cc).map((a) => `Cc: ${a}`),
    ...addresses(email.bcc).map((a) => `Bcc: ${a}`),
    ...(email.subject ? [`Subject: ${email.subject}`] : []),
  ].join('\n');
  const body = email.text ?? (email.html ? htmlText(email.html) : '');
  let encrypted = false;
  const attachments: Mail['attachments'] = [];
  for (const a of email.attachments) {
    const smimeSignature = /^application\/(x-)?pkcs7-signature$/i.test(a.mimeType);
    if (smimeSignature) continue;
    if (ENCRYPTED.test(a.mimeType)) { encrypted = true; continue; }
    const content = a.content;
    const data = typeof content === 'string' ? new TextEncoder().encode(content) : content instanceof Uint8Array ? content : new Uint8Array(content);
    const name = a.filename ?? (a.mimeType === 'message/rfc822' ? 'message.eml' : 'attachment');
    attachments.push({ name: a.mimeType === 'message/rfc822' && !/\.eml$/i.test(name) ? `${name}.eml` : name, mime: a.mimeType, bytes: data });
  }
  return { header, body, attachments, encrypted };
}
