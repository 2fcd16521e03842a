/**
 * E-mails and their attachments (files/mail/, files/text/eml.ts, files/text/msg.ts): every
 * message here is built by the test (tests/support/build-mail.ts) around documents built the
 * same way, and read with the same code the extension's offscreen document and the CLI use.
 */
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { extractText, inspectBytes, sniffType } from '../../files';
import { loadPdfJsNode } from '../../files/node';
import { MAX_MAIL_DEPTH, newMailContext } from '../../files/mail/read';
import { buildDocx, buildImagePdf, buildPdf, buildXlsx, classList, faceSample, SYNTHETIC_IDS, withGpsExif } from '../support/build-files';
import { inspectWithText } from '../../files/inspect';
import { countFaces } from '../../files/count-faces';
import { buildEml, buildMsg, type EmlSpec } from '../support/build-mail';
import { stripMetadata } from '../../files/image/strip';

const opts = { loadPdfJs: loadPdfJsNode };
const PDF = 'application/pdf';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const where = (r: Awaited<ReturnType<typeof inspectBytes>>) => r.parts.map((p) => [...(p.within ?? []), `${p.unit} ${p.label}`].join(' › '));
const noClearIds = (value: unknown) => { for (const id of SYNTHETIC_IDS) expect(JSON.stringify(value)).not.toContain(id); };

/** The pupil letter: nothing on page 1, the ID number on page 2. */
const pupilLetter = () => buildPdf(['Til foresatte. Informasjon om skoleåret.', `Vedtak om spesialundervisning\nElevens fødselsnummer: ${SYNTHETIC_IDS[0]}`]);
const forward = (inner: Uint8Array, name = 'videresendt.eml', extra: Partial<EmlSpec> = {}) =>
  buildEml({ subject: 'VS: Elevsak', text: 'Se vedlagt.', attachments: [{ name, mime: 'message/rfc822', bytes: inner, raw: true }], ...extra });

describe('.eml: attachments are read like files of their own', () => {
  it('finds the ID number on page 2 of an attached PDF and says "vedlegg.pdf › page 2"', async () => {
    const eml = buildEml({ subject: 'Brev til foresatte', text: 'Hei, se vedlagt brev. Hilsen skolen', attachments: [{ name: 'vedlegg.pdf', mime: PDF, bytes: pupilLetter() }] });
    const report = await inspectBytes(eml, 'brev.eml', 'message/rfc822', opts);
    expect(report.type).toBe('eml');
    expect(report.problem).toBeUndefined();
    const ids = report.parts.filter((p) => p.findings.some((f) => f.kind === 'id.no'));
    expect(ids.map((p) => [...p.within!, `${p.unit} ${p.label}`].join(' › '))).toEqual(['vedlegg.pdf › page 2']);
    expect(ids[0]!.masked).toContain('•••••••••88');
    expect(report.kinds['id.no']).toBe(1);
    noClearIds(report);
  });

  it('reads a class list in an attached DOCX and names the attachment (Nordic file name in an encoded word)', async () => {
    const eml = buildEml({ text: 'Klasselista til neste år.', attachments: [{ name: 'klasseliste 3B – høst.docx', mime: DOCX, bytes: buildDocx(classList().map((r) => r.join('\t'))) }] });
    const report = await inspectBytes(eml, 'liste.eml', '', opts);
    const docx = report.parts.filter((p) => p.within?.[0] === 'klasseliste 3B – høst.docx');
    expect(docx.map((p) => `${p.unit} ${p.label}`)).toEqual(['body document']);
    expect(docx[0]!.findings.filter((f) => f.kind === 'id.no')).toHaveLength(3);
    expect(docx[0]!.findings.some((f) => f.kind === 'name')).toBe(true);
  });

  it('decodes a quoted-printable body and an encoded subject (æ, ø, å intact, soft line breaks joined)', async () => {
    const long = 'Vi minner om foreldremøtet på torsdag. '.repeat(4);
    const eml = buildEml({ subject: 'Tilrettelegging for eleven – fødselsnummer', text: `${long}Eleven (fnr ${SYNTHETIC_IDS[1]}) får særskilt tilrettelegging i gymtimene.` });
    const { parts } = await extractText(eml, 'a.eml', '', opts);
    expect(parts.find((p) => p.label === 'header')!.text).toContain('Subject: Tilrettelegging for eleven – fødselsnummer');
    const body = parts.find((p) => p.unit === 'body')!.text;
    expect(body).toContain(`Eleven (fnr ${SYNTHETIC_IDS[1]}) får særskilt tilrettelegging i gymtimene.`);
    expect(body).not.toMatch(/=\r?\n|=C3/);
    const report = await inspectBytes(eml, 'a.eml', '', opts);
    expect(where(report)).toContain('body message');
    expect(report.parts.find((p) => p.unit === 'body')!.within).toBeUndefined();
  });

  it('reads an HTML-only body as text', async () => {
    const eml = buildEml({ html: `<html><head><style>p{color:red}</style></head><body><p>Hei!</p><p>Fødselsnummer: <b>${SYNTHETIC_IDS[2]}</b></p></body></html>` });
    const { parts } = await extractText(eml, 'a.eml', '', opts);
    const body = parts.find((p) => p.unit === 'body')!.text;
    expect(body).toContain(`Fødselsnummer:  ${SYNTHETIC_IDS[2]}`);
    expect(body).not.toContain('color:red');
  });

  it('opens a forwarded message (message/rfc822) and the spreadsheet attached to it', async () => {
    const inner = buildEml({ subject: 'Elevliste', text: `Elevliste vedlagt. Kontakt: ${SYNTHETIC_IDS[3]}`, attachments: [{ name: 'elever.xlsx', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: buildXlsx([{ name: 'Timeplan', rows: [['Mandag']] }, { name: 'Klasse 3B', rows: classList() }]) }] });
    const report = await inspectBytes(forward(inner), 'vs.eml', '', opts);
    expect(report.problem).toBeUndefined();
    const ids = report.parts.filter((p) => p.findings.some((f) => f.kind === 'id.no'));
    expect(ids.map((p) => [...p.within!, `${p.unit} ${p.label}`].join(' › '))).toEqual(['videresendt.eml › body message', 'videresendt.eml › elever.xlsx › sheet Klasse 3B']);
    expect(report.kinds['id.no']).toBe(4);
    noClearIds(report);
  });

  it('names a photo attachment that reveals where it was taken', async () => {
    const eml = buildEml({ text: 'Bilder fra turen.', attachments: [{ name: 'tur.jpg', mime: 'image/jpeg', bytes: withGpsExif(stripMetadata(faceSample(4))!) }, { name: 'uten.jpg', mime: 'image/jpeg', bytes: stripMetadata(faceSample(5))! }] });
    const report = await inspectBytes(eml, 'tur.eml', '', opts);
    expect(report.attachedPhotos?.map((a) => a.within)).toEqual([['tur.jpg']]);
    expect(report.attachedPhotos![0]!.photo.fields).toEqual(expect.arrayContaining(['GPS', 'SerialNumber', 'OwnerName']));
  });
});

describe('.eml: what cannot be read holds the whole message', () => {
  it('an encrypted PDF attachment: problem "encrypted" in "låst.pdf", and findings elsewhere are still reported', async () => {
    const eml = buildEml({ text: `Eleven har fnr ${SYNTHETIC_IDS[0]}.`, attachments: [{ name: 'låst.pdf', mime: PDF, bytes: buildPdf(['Hemmelig'], { encrypted: true }) }, { name: 'vedlegg.pdf', mime: PDF, bytes: pupilLetter() }] });
    const report = await inspectBytes(eml, 'a.eml', '', opts);
    expect(report.problem).toBe('encrypted');
    expect(report.problemIn).toEqual(['låst.pdf']);
    expect(where(report)).toEqual(expect.arrayContaining(['body message', 'vedlegg.pdf › page 2']));
  });

  it('a damaged attachment inside a forwarded message: "corrupt", with the path to it', async () => {
    const inner = buildEml({ text: 'Se vedlegg.', attachments: [{ name: 'ødelagt.docx', mime: DOCX, bytes: buildDocx(['x']).subarray(0, 60) }] });
    const report = await inspectBytes(forward(inner), 'a.eml', '', opts);
    expect(report.problem).toBe('corrupt');
    expect(report.problemIn).toEqual(['videresendt.eml', 'ødelagt.docx']);
  });

  it('an S/MIME-encrypted message is "encrypted"', async () => {
    const eml = buildEml({ contentType: 'application/pkcs7-mime; smime-type=enveloped-data; name="smime.p7m"' });
    expect((await inspectBytes(eml, 'kryptert.eml', '', opts)).problem).toBe('encrypted');
  });

  it(`messages attached inside each other more than ${MAX_MAIL_DEPTH} deep are "too-deep"`, async () => {
    let mail = buildEml({ text: `Innerst: ${SYNTHETIC_IDS[0]}` });
    for (let i = 0; i < MAX_MAIL_DEPTH + 1; i++) mail = forward(mail, `nivå${i}.eml`);
    const report = await inspectBytes(mail, 'dyp.eml', '', opts);
    expect(report.problem).toBe('too-deep');
    expect(report.problemIn).toHaveLength(MAX_MAIL_DEPTH + 1);
    // One level less is read to the bottom.
    let ok = buildEml({ text: `Innerst: ${SYNTHETIC_IDS[0]}` });
    for (let i = 0; i < MAX_MAIL_DEPTH; i++) ok = forward(ok, `nivå${i}.eml`);
    const read = await inspectBytes(ok, 'ok.eml', '', opts);
    expect(read.problem).toBeUndefined();
    expect(read.kinds['id.no']).toBe(1);
  });

  it('what the attachments unpack counts against one budget for the whole message ("too-large")', async () => {
    // Three DOCX files that each unzip to about 400 kB of XML; a 1 MB budget takes two of them.
    const bigDocx = () => zipSync({ 'word/document.xml': strToU8(`<w:document><w:body>${'<w:p><w:r><w:t>Ingen personopplysninger.</w:t></w:r></w:p>'.repeat(8000)}</w:body></w:document>`) }, { level: 9 });
    const eml = buildEml({ text: 'Referater.', attachments: [1, 2, 3].map((n) => ({ name: `referat${n}.docx`, mime: DOCX, bytes: bigDocx() })) });
    const context = newMailContext();
    context.budget.bytes = 1_000_000;
    const x = await extractText(eml, 'a.eml', '', { ...opts, mail: context });
    expect(x.embedded!.map((e) => `${e.within.join(' › ')}:${e.problem ?? 'ok'}`)).toEqual(['referat1.docx:ok', 'referat2.docx:ok', 'referat3.docx:too-large']);
    // With the normal budget all three are read.
    expect((await inspectBytes(eml, 'a.eml', '', opts)).problem).toBeUndefined();
  });

  it('a zip attachment is not opened and does not hold the message; its name is still scanned', async () => {
    const eml = buildEml({ text: 'Arkiv.', attachments: [{ name: `arkiv ${SYNTHETIC_IDS[1]}.zip`, mime: 'application/zip', bytes: zipSync({ 'a.txt': strToU8('x') }) }] });
    const report = await inspectBytes(eml, 'a.eml', '', opts);
    expect(report.problem).toBeUndefined();
    const ids = report.parts.filter((p) => p.findings.some((f) => f.kind === 'id.no'));
    expect(ids.map((p) => `${p.unit} ${p.label}`)).toEqual(['part attachments']);
  });
});

describe('.msg (Outlook)', () => {
  const msg = () => buildMsg({
    subject: 'Elevsak – tilrettelegging',
    body: `Hei Kari,\nEleven med fødselsnummer ${SYNTHETIC_IDS[1]} trenger tilrettelegging.`,
    from: { name: 'Ola Rektor', email: 'rektor@skole.example' },
    to: [{ name: 'Kari Lærer', email: 'kari.laerer@skole.example' }],
    attachments: [
      { name: 'vedlegg.pdf', mime: PDF, bytes: pupilLetter() },
      { name: 'videresendt.eml', mime: 'message/rfc822', bytes: buildEml({ text: `Gammel melding: ${SYNTHETIC_IDS[2]}` }) },
    ],
  });

  it('knows an Outlook message by its compound-file signature and name', () => {
    const bytes = msg();
    expect([...bytes.subarray(0, 8)]).toEqual([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(sniffType(bytes, 'Elevsak.msg')).toBe('msg');
    expect(sniffType(bytes, 'x.bin', 'application/vnd.ms-outlook')).toBe('msg');
  });

  it('reads subject, sender, recipients and body, and opens the attachments', async () => {
    const { parts } = await extractText(msg(), 'Elevsak.msg', '', opts);
    const header = parts.find((p) => p.label === 'header')!.text;
    expect(header).toContain('From: Ola Rektor rektor@skole.example');
    expect(header).toContain('To: Kari Lærer kari.laerer@skole.example');
    expect(header).toContain('Subject: Elevsak – tilrettelegging');
    const report = await inspectBytes(msg(), 'Elevsak.msg', '', opts);
    expect(report.type).toBe('msg');
    expect(report.problem).toBeUndefined();
    const ids = report.parts.filter((p) => p.findings.some((f) => f.kind === 'id.no'));
    expect(ids.map((p) => [...(p.within ?? []), `${p.unit} ${p.label}`].join(' › '))).toEqual(['body message', 'vedlegg.pdf › page 2', 'videresendt.eml › body message']);
    noClearIds(report);
  });

  it('opens an Outlook item attached as it is (attach method 5) and the PDF attached to that', async () => {
    const bytes = buildMsg({
      subject: 'VS: Vedtak',
      body: 'Videresender saken.',
      attachments: [{ name: 'Vedtak om tilrettelegging', message: { subject: 'Vedtak', body: `Kontakt ${SYNTHETIC_IDS[3]}`, attachments: [{ name: 'vedlegg.pdf', mime: PDF, bytes: pupilLetter() }] } }],
    });
    const report = await inspectBytes(bytes, 'VS Vedtak.msg', '', opts);
    expect(report.problem).toBeUndefined();
    const ids = report.parts.filter((p) => p.findings.some((f) => f.kind === 'id.no'));
    expect(ids.map((p) => [...(p.within ?? []), `${p.unit} ${p.label}`].join(' › '))).toEqual([
      'Vedtak om tilrettelegging.msg › body message',
      'Vedtak om tilrettelegging.msg › vedlegg.pdf › page 2',
    ]);
  });

  it('reads an HTML body when there is no plain one', async () => {
    const bytes = buildMsg({ subject: 'Hei', html: `<p>Fødselsnummer <b>${SYNTHETIC_IDS[3]}</b></p>` });
    expect((await inspectBytes(bytes, 'a.msg', '', opts)).kinds['id.no']).toBe(1);
  });

  it('reads an RTF body (PidTagRtfCompressed) when there is neither a plain nor an HTML one', async () => {
    const rtf = String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}\f0 Bj\'f8rn har f\'f8dselsnummer ${SYNTHETIC_IDS[0]}\par}`;
    const { parts } = await extractText(buildMsg({ subject: 'Hei', rtf }), 'a.msg', '', opts);
    expect(parts.find((p) => p.unit === 'body')!.text).toBe(`Bjørn har fødselsnummer ${SYNTHETIC_IDS[0]}`);
  });

  it('a .msg that is not a compound file is "corrupt"', async () => {
    expect((await inspectBytes(new TextEncoder().encode('Subject: hei\r\n\r\nikke en msg'), 'falsk.msg', '', opts)).problem).toBe('corrupt');
  });
});

describe('pictures and scanned pages in attachments, kept for faces and OCR', () => {
  const photo = () => stripMetadata(faceSample(1))!;
  const scanned = () => buildImagePdf(faceSample(2), 800, 1000);

  it('keeps the bytes of an attached photo and of a PDF without a text layer, with the path to each', async () => {
    const inner = buildEml({ subject: 'Skann', text: 'Vedlagt.', attachments: [{ name: 'skann.pdf', mime: PDF, bytes: scanned() }, { name: 'brev.pdf', mime: PDF, bytes: pupilLetter() }] });
    const eml = forward(inner, 'videresendt.eml', { attachments: [
      { name: 'videresendt.eml', mime: 'message/rfc822', bytes: inner, raw: true },
      { name: 'klasse.jpg', mime: 'image/jpeg', bytes: photo() },
    ] });
    const result = await inspectWithText(eml, 'post.eml', 'message/rfc822', opts);
    const media = result.embedded!.filter((e) => e.media).map((e) => ({ path: e.within.join(' › '), type: e.type, pages: e.pagesWithoutText, size: e.media!.bytes.length }));
    expect(media).toEqual([
      { path: 'videresendt.eml › skann.pdf', type: 'pdf', pages: [1], size: scanned().length },
      { path: 'klasse.jpg', type: 'jpeg', pages: undefined, size: photo().length },
    ]);
    // A PDF with text on every page keeps no bytes; the report itself carries none.
    expect(result.embedded!.find((e) => e.within.at(-1) === 'brev.pdf')!.media).toBeUndefined();
    expect(JSON.stringify(result.report)).not.toMatch(/"media"|"bytes"/);
    // No faces are looked for in Node: nothing counts until the extension has looked.
    expect(countFaces(result.report)).toBe(0);
  });

  it('an attachment past the e-mail\'s size budget keeps no bytes (it is held as too large, not looked at)', async () => {
    const eml = buildEml({ subject: 'Bilder', text: 'Bilder.', attachments: [{ name: 'a.jpg', mime: 'image/jpeg', bytes: photo() }, { name: 'b.jpg', mime: 'image/jpeg', bytes: photo() }] });
    const context = newMailContext();
    context.budget.bytes = photo().length + 10;
    const x = await extractText(eml, 'bilder.eml', '', { ...opts, mail: context });
    expect(x.embedded!.map((e) => `${e.within.join(' › ')}:${e.problem ?? 'ok'}:${e.media ? 'kept' : 'none'}`)).toEqual(['a.jpg:ok:kept', 'b.jpg:too-large:none']);
  });
});

describe('countFaces', () => {
  const box = { x: 0, y: 0, width: 10, height: 10, score: 0.9 };
  it('adds the faces in a photo and in the photos attached to an e-mail', () => {
    expect(countFaces(undefined)).toBe(0);
    expect(countFaces({ photo: { fields: [], faces: [box, box] } })).toBe(2);
    expect(countFaces({ attachedPhotos: [{ within: ['a.jpg'], photo: { fields: ['GPS'] } }, { within: ['x.eml', 'b.jpg'], photo: { fields: [], faces: [box, box, box] } }] })).toBe(3);
  });
});
