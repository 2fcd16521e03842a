/**
 * Builds real e-mails for the tests: .eml written by hand to RFC 5322/2045 (base64 and
 * quoted-printable bodies, attachments, attached messages), and Outlook .msg files written as
 * OLE compound files with SheetJS's `cfb` and the stream layout of [MS-OXMSG] (property streams
 * `__substg1.0_<tag>`, `__properties_version1.0`, recipient and attachment storages).
 * All identities are synthetic.
 */
import CFB from 'cfb';

const CRLF = '\r\n';
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64').replace(/.{1,76}/g, (l) => l + CRLF).trimEnd();

/** Quoted-printable (RFC 2045 6.7): UTF-8 bytes, = and non-ASCII escaped, soft line breaks at 76. */
export function quotedPrintable(text: string): string {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    let enc = '';
    for (const b of Buffer.from(line, 'utf8')) enc += (b >= 33 && b <= 126 && b !== 61) || b === 32 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`;
    let rest = enc;
    while (rest.length > 75) {
      let cut = 75;
      while (rest[cut - 1] === '=' || rest[cut - 2] === '=') cut--; // never split an =XX
      out.push(rest.slice(0, cut) + '=');
      rest = rest.slice(cut);
    }
    out.push(rest);
  }
  return out.join(CRLF);
}

/** An RFC 2047 encoded word (UTF-8, base64) for headers with Nordic letters. */
export const encodedWord = (s: string) => `=?utf-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;

export interface EmlAttachment {
  name: string;
  mime: string;
  bytes: Uint8Array;
  /** message/rfc822 parts are put in as they are (7bit), like mail clients forward a message. */
  raw?: boolean;
}

export interface EmlSpec {
  from?: string;
  to?: string;
  subject?: string;
  /** Plain body, sent quoted-printable. */
  text?: string;
  /** HTML body (a multipart/alternative with the text when both are given). */
  html?: string;
  attachments?: EmlAttachment[];
  /** Replaces the whole MIME body (for encrypted messages). */
  contentType?: string;
}

/** Boundaries are unique across messages, as mail clients make them: a forwarded message keeps its own. */
let boundaries = 0;

export function buildEml(spec: EmlSpec): Uint8Array {
  const boundary = () => `=_varsam_test_${++boundaries}`;
  const head = [
    `From: ${spec.from ?? 'Rektor <rektor@skole.example>'}`,
    `To: ${spec.to ?? 'Foresatte <foresatte@skole.example>'}`,
    `Subject: ${encodedWord(spec.subject ?? 'Melding fra skolen')}`,
    'Date: Mon, 2 Mar 2026 09:00:00 +0100',
    'Message-ID: <test@skole.example>',
    'MIME-Version: 1.0',
  ];
  const textPart = (t: string) => ['Content-Type: text/plain; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '', quotedPrintable(t)].join(CRLF);
  const htmlPart = (h: string) => ['Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: base64', '', b64(Buffer.from(h, 'utf8'))].join(CRLF);
  const multipart = (type: string, parts: string[]) => {
    const b = boundary();
    return [`Content-Type: multipart/${type}; boundary="${b}"`, '', ...parts.map((p) => `--${b}${CRLF}${p}`), `--${b}--`, ''].join(CRLF);
  };
  let body: string;
  if (spec.contentType) body = `Content-Type: ${spec.contentType}${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}${b64(new Uint8Array(64).fill(7))}`;
  else {
    const texts = [spec.text !== undefined ? textPart(spec.text) : '', spec.html !== undefined ? htmlPart(spec.html) : ''].filter(Boolean);
    const main = texts.length > 1 ? multipart('alternative', texts) : texts[0] ?? textPart('');
    const attachments = (spec.attachments ?? []).map((a) => (a.raw
      ? [`Content-Type: ${a.mime}; name="${a.name}"`, `Content-Disposition: attachment; filename="${a.name}"`, '', Buffer.from(a.bytes).toString('latin1')].join(CRLF)
      : [`Content-Type: ${a.mime}; name="${encodedWord(a.name)}"`, `Content-Disposition: attachment; filename="${encodedWord(a.name)}"`, 'Content-Transfer-Encoding: base64', '', b64(a.bytes)].join(CRLF)));
    body = attachments.length ? multipart('mixed', [main, ...attachments]) : main;
  }
  return new Uint8Array(Buffer.from([...head, body].join(CRLF), 'latin1'));
}

// ---------------------------------------------------------------------------------------------
// Outlook .msg ([MS-OXMSG]): every string property is a UTF-16LE stream `__substg1.0_<id><001F>`,
// binary ones `<id>0102`; fixed-size ones (attach method, recipient type) live in the storage's
// `__properties_version1.0` stream, 16 bytes each after a header (32 bytes at the top, 8 below).

export interface MsgAttachment {
  name: string;
  mime?: string;
  /** A file attached by value (PR_ATTACH_METHOD 1). */
  bytes?: Uint8Array;
  /** An Outlook item attached as it is (PR_ATTACH_METHOD 5: a storage `__substg1.0_3701000D`), as dragging a mail onto another does. */
  message?: MsgSpec;
}

export interface MsgSpec {
  subject: string;
  body?: string;
  /** HTML body (PidTagHtml, binary, UTF-8). */
  html?: string;
  /** RTF body (PidTagRtfCompressed, stored in the format's uncompressed "MELA" variant). */
  rtf?: string;
  from?: { name: string; email: string };
  to?: { name: string; email: string }[];
  attachments?: MsgAttachment[];
  messageClass?: string;
}

const utf16 = (s: string) => Buffer.from(s + '\0', 'utf16le');
const hex = (n: number, w = 4) => n.toString(16).toUpperCase().padStart(w, '0');

/** A `__properties_version1.0` stream: header, then fixed (PT_LONG) and variable-size entries. */
function propertyStream(headerSize: number, header: number[], longs: Record<number, number>, variable: Array<{ tag: number; size: number }>): Buffer {
  const buf = Buffer.alloc(headerSize + 16 * (Object.keys(longs).length + variable.length));
  header.forEach((v, i) => buf.writeUInt32LE(v, 8 + i * 4));
  let at = headerSize;
  for (const [tag, value] of Object.entries(longs)) {
    buf.writeUInt32LE(Number(tag) >>> 0, at); buf.writeUInt32LE(6, at + 4); buf.writeUInt32LE(value, at + 8);
    at += 16;
  }
  for (const v of variable) {
    buf.writeUInt32LE(v.tag >>> 0, at); buf.writeUInt32LE(6, at + 4); buf.writeUInt32LE(v.size, at + 8);
    at += 16;
  }
  return buf;
}

type Cfb = ReturnType<typeof CFB.utils.cfb_new>;
const STR = 0x001f, BIN = 0x0102;

/** Writes one message's streams under `root` ('' for the file itself, an attachment's 3701000D storage for an attached item). */
function writeMessage(cfb: Cfb, root: string, spec: MsgSpec): void {
  const variable: Array<{ tag: number; size: number }> = [];
  const add = (dir: string, id: number, type: number, data: Buffer, list = variable) => {
    CFB.utils.cfb_add(cfb, `${dir}/__substg1.0_${hex(id)}${hex(type)}`, data);
    list.push({ tag: (id << 16) | type, size: data.length });
  };
  add(root, 0x001a, STR, utf16(spec.messageClass ?? 'IPM.Note'));
  add(root, 0x0037, STR, utf16(spec.subject));
  if (spec.body !== undefined) add(root, 0x1000, STR, utf16(spec.body));
  if (spec.html !== undefined) add(root, 0x1013, BIN, Buffer.from(spec.html, 'utf8'));
  if (spec.rtf !== undefined) {
    const raw = Buffer.from(spec.rtf, 'latin1');
    const head = Buffer.alloc(16);
    head.writeUInt32LE(raw.length + 12, 0); head.writeUInt32LE(raw.length, 4); head.writeUInt32LE(0x414c454d, 8); // 'MELA', CRC 0
    add(root, 0x1009, BIN, Buffer.concat([head, raw]));
  }
  if (spec.from) {
    add(root, 0x0c1a, STR, utf16(spec.from.name));
    add(root, 0x0c1f, STR, utf16(spec.from.email));
    add(root, 0x0c1e, STR, utf16('SMTP'));
  }
  const to = spec.to ?? [];
  to.forEach((r, i) => {
    const dir = `${root}/__recip_version1.0_#${hex(i, 8)}`;
    const list: typeof variable = [];
    add(dir, 0x3001, STR, utf16(r.name), list);
    add(dir, 0x3003, STR, utf16(r.email), list);
    add(dir, 0x3002, STR, utf16('SMTP'), list);
    CFB.utils.cfb_add(cfb, `${dir}/__properties_version1.0`, propertyStream(8, [], { [0x0c150003]: 1 }, list));
  });
  const attachments = spec.attachments ?? [];
  attachments.forEach((a, i) => {
    const dir = `${root}/__attach_version1.0_#${hex(i, 8)}`;
    const list: typeof variable = [];
    add(dir, 0x3001, STR, utf16(a.name), list);
    if (a.message) {
      writeMessage(cfb, `${dir}/__substg1.0_3701000D`, a.message);
      CFB.utils.cfb_add(cfb, `${dir}/__properties_version1.0`, propertyStream(8, [], { [0x37050003]: 5 }, list));
      return;
    }
    add(dir, 0x3707, STR, utf16(a.name), list);
    add(dir, 0x3704, STR, utf16(a.name.slice(0, 12)), list);
    add(dir, 0x3703, STR, utf16(/\.[^.]+$/.exec(a.name)?.[0] ?? ''), list);
    if (a.mime) add(dir, 0x370e, STR, utf16(a.mime), list);
    add(dir, 0x3701, BIN, Buffer.from(a.bytes ?? new Uint8Array()), list);
    CFB.utils.cfb_add(cfb, `${dir}/__properties_version1.0`, propertyStream(8, [], { [0x37050003]: 1, [0x0e200003]: a.bytes?.length ?? 0 }, list));
  });
  // Header: reserved 8, next recipient id, next attachment id, recipient count, attachment count (+ reserved 8 at the top).
  const counts = [to.length, attachments.length, to.length, attachments.length];
  CFB.utils.cfb_add(cfb, `${root}/__properties_version1.0`, propertyStream(root ? 24 : 32, counts, {}, variable));
}

export function buildMsg(spec: MsgSpec): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  writeMessage(cfb, '', spec);
  for (const n of ['00020102', '00030102', '00040102']) CFB.utils.cfb_add(cfb, `/__nameid_version1.0/__substg1.0_${n}`, Buffer.alloc(0));
  return new Uint8Array(CFB.write(cfb, { type: 'buffer', fileType: 'cfb' }) as Buffer);
}
