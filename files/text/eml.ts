import type { TextPart } from '../types';
import { decodeEntities } from './xml';

function charsetDecode(bytes: Uint8Array, charset = 'utf-8'): string {
  try { return new TextDecoder(charset.toLowerCase()).decode(bytes); } catch { return new TextDecoder('windows-1252').decode(bytes); }
}
const latin1Bytes = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
function base64Bytes(s: string): Uint8Array {
  const clean = s.replace(/[^A-Za-z0-9+/]/g, '');
  const bin = atob(clean.slice(0, clean.length - (clean.length % 4)));
  return latin1Bytes(bin);
}
const qpBytes = (s: string) => latin1Bytes(s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))));

/** RFC 2047 encoded words in headers (=?utf-8?Q?...?= / =?utf-8?B?...?=). */
function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([QB])\?([^?]*)\?=/gi, (_, cs: string, enc: string, data: string) =>
    charsetDecode(enc.toUpperCase() === 'B' ? base64Bytes(data) : qpBytes(data.replace(/_/g, ' ')), cs));
}

interface Entity { headers: Map<string, string>; body: string }

function parseEntity(raw: string): Entity {
  const split = raw.search(/\r?\n\r?\n/);
  const head = split < 0 ? raw : raw.slice(0, split);
  const body = split < 0 ? '' : raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) headers.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return { headers, body };
}

const param = (header: string | undefined, name: string) =>
  header ? new RegExp(`${name}="?([^";]+)"?`, 'i').exec(header)?.[1] : undefined;

function walk(e: Entity, out: string[], attachments: string[]): void {
  const ctype = e.headers.get('content-type') ?? 'text/plain';
  const boundary = param(ctype, 'boundary');
  if (/^multipart\//i.test(ctype) && boundary) {
    const chunks = e.body.split(`--${boundary}`).slice(1);
    for (const chunk of chunks) {
      if (chunk.startsWith('--')) break;
      walk(parseEntity(chunk.replace(/^\r?\n/, '')), out, attachments);
    }
    return;
  }
  const disposition = e.headers.get('content-disposition') ?? '';
  const filename = param(disposition, 'filename') ?? param(ctype, 'name');
  if (/attachment/i.test(disposition) || (filename && !/^text\//i.test(ctype))) { if (filename) attachments.push(decodeWords(filename)); return; }
  if (!/^text\/(plain|html)/i.test(ctype)) return;
  const cte = (e.headers.get('content-transfer-encoding') ?? '').toLowerCase();
  const bytes = cte === 'base64' ? base64Bytes(e.body) : cte === 'quoted-printable' ? qpBytes(e.body) : latin1Bytes(e.body);
  let text = charsetDecode(bytes, param(ctype, 'charset'));
  if (/html/i.test(ctype)) text = decodeEntities(text.replace(/<(script|style)[\s\S]*?<\/\1>/gi, '').replace(/<br\s*\/?>|<\/p>|<\/div>|<\/tr>/gi, '\n').replace(/<[^>]+>/g, ' '));
  out.push(text);
}

/** E-mail (.eml, RFC 5322/MIME): subject, addresses and text bodies; attachments by name only. */
export function emlText(raw: string): TextPart[] {
  const root = parseEntity(raw);
  const header = ['from', 'to', 'cc', 'subject'].map((h) => root.headers.get(h)).filter(Boolean).map((v) => decodeWords(v!)).join('\n');
  const bodies: string[] = [];
  const attachments: string[] = [];
  walk(root, bodies, attachments);
  const parts: TextPart[] = [{ unit: 'part', label: 'header', text: header }, { unit: 'body', label: 'message', text: bodies.join('\n\n') }];
  if (attachments.length) parts.push({ unit: 'part', label: 'attachments', text: attachments.join('\n') });
  return parts;
}
