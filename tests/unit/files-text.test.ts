import { describe, expect, it } from 'vitest';
import { inspectBytes, extractText, readPhotoMetadata, stripMetadata, decodeText, sniffType } from '../../files';
import { loadPdfJsNode } from '../../files/node';
import { rtfText } from '../../files/text/rtf';
import { buildDocx, buildHeicHeader, buildOdt, buildPdf, buildXlsx, classList, faceSample, SYNTHETIC_IDS, withGpsExif } from '../support/build-files';

const opts = { loadPdfJs: loadPdfJsNode };
const filler = (n: number) => `Side ${n}. Referat fra foreldremøte i Solsikken barnehage. Ingen personopplysninger her.`;

describe('text inside documents', () => {
  it('finds a national ID on page 3 of a PDF and says which page', async () => {
    const pdf = buildPdf([filler(1), filler(2), `Vedtak om spesialundervisning\nEleven har fødselsnummer ${SYNTHETIC_IDS[0]}.`, filler(4)]);
    const report = await inspectBytes(pdf, 'vedtak.pdf', 'application/pdf', opts);
    expect(report.problem).toBeUndefined();
    expect(report.pages).toBe(4);
    expect(report.parts.map((p) => `${p.unit} ${p.label}`)).toEqual(['page 3']);
    expect(report.parts[0]!.masked).toContain('•••••••••88');
    expect(report.kinds['id.no']).toBe(1);
    // The report holds masked values only, never the number.
    expect(JSON.stringify(report)).not.toContain(SYNTHETIC_IDS[0]);
  });

  it('reads æ, ø and å from a PDF', async () => {
    const { parts } = await extractText(buildPdf(['Blåbærsyltetøy på Ærø']), 'a.pdf', '', opts);
    expect(parts[0]!.text).toContain('Blåbærsyltetøy på Ærø');
  });

  it('holds an encrypted PDF and a corrupt PDF with the reason', async () => {
    expect((await inspectBytes(buildPdf(['Hemmelig'], { encrypted: true }), 'låst.pdf', '', opts)).problem).toBe('encrypted');
    expect((await inspectBytes(buildPdf(['x'], { corrupt: true }), 'ødelagt.pdf', '', opts)).problem).toBe('corrupt');
  });

  it('finds a class list in a DOCX, with header text too', async () => {
    const docx = buildDocx(classList().map((r) => r.join('\t')), `Klasseliste 3B, kontakt ${SYNTHETIC_IDS[3]}`);
    const report = await inspectBytes(docx, 'klasseliste.docx', '', opts);
    expect(report.type).toBe('docx');
    expect(report.kinds['id.no']).toBe(4);
    expect(report.parts.map((p) => `${p.unit}:${p.label}:${p.findings.filter((f) => f.kind === 'id.no').length}`)).toEqual(['body:document:3', 'part:header:1']);
  });

  it('finds a class list in an XLSX and names the sheet', async () => {
    const xlsx = buildXlsx([{ name: 'Timeplan', rows: [['Mandag', 'Norsk'], ['Tirsdag', 'Matte']] }, { name: 'Klasse 3B', rows: classList() }]);
    const report = await inspectBytes(xlsx, 'elever.xlsx', '', opts);
    expect(report.pages).toBe(2);
    const ids = report.parts.filter((p) => p.findings.some((f) => f.kind === 'id.no'));
    expect(ids.map((p) => `${p.unit} ${p.label}`)).toEqual(['sheet Klasse 3B']);
    expect(report.kinds['id.no']).toBe(3);
  });

  it('reads an ID stored as a number cell in XLSX', async () => {
    const xlsx = buildXlsx([{ name: 'Ark1', rows: [['Elev', 'Fnr'], ['Ola', Number(SYNTHETIC_IDS[0])]] }]);
    expect((await inspectBytes(xlsx, 'a.xlsx', '', opts)).kinds['id.no']).toBe(1);
  });

  it('reads ODT text, including spaces written as <text:s/>', async () => {
    const { type, parts } = await extractText(buildOdt(['Kari Prøvesen  har fnr ' + SYNTHETIC_IDS[1]]), 'brev.odt');
    expect(type).toBe('odt');
    expect(parts[0]!.text).toContain('Kari Prøvesen  har fnr ' + SYNTHETIC_IDS[1]);
  });

  it('decodes CSV in UTF-8 and falls back to windows-1252 for old exports', async () => {
    const text = `Navn;Fnr\nBjørn Æsøy;${SYNTHETIC_IDS[2]}\n`;
    const cp1252 = Uint8Array.from(text, (c) => c.charCodeAt(0));
    expect(decodeText(cp1252)).toEqual({ text, encoding: 'windows-1252' });
    expect(decodeText(new TextEncoder().encode(text)).encoding).toBe('utf-8');
    const report = await inspectBytes(cp1252, 'eksport.csv', 'text/csv', opts);
    expect(report.kinds['id.no']).toBe(1);
  });

  it('reads RTF text with escaped Nordic letters and skips the font table', () => {
    const rtf = String.raw`{\rtf1\ansi\ansicpg1252{\fonttbl{\f0 Arial;}}{\*\generator Test;}\f0 Bj\'f8rn \u197?se har fnr 15108695088\par Neste linje}`;
    expect(rtfText(rtf)).toBe('Bjørn Åse har fnr 15108695088\nNeste linje');
  });

  it('refuses to unpack a zip bomb', async () => {
    const { zipSync } = await import('fflate');
    const bomb = zipSync({ 'word/document.xml': new Uint8Array(1000) }, { level: 9 });
    // Claim 3 GB uncompressed in the central directory, as a zip bomb does.
    const view = new DataView(bomb.buffer);
    for (let i = bomb.length - 22; i >= 0; i--) if (view.getUint32(i, true) === 0x02014b50) { view.setUint32(i + 24, 3e9, true); break; }
    expect((await inspectBytes(bomb, 'bomb.docx', '', opts)).problem).toBe('too-large');
  });

  it('does not pass a file it cannot read: unknown binaries are "unsupported"', async () => {
    const zip = (await import('fflate')).zipSync({ 'a.bin': new Uint8Array([1, 2, 3]) });
    expect((await inspectBytes(zip, 'arkiv.zip', '', opts)).problem).toBe('unsupported');
  });
});

describe('photos: location and metadata', () => {
  it('reads GPS, serial number and owner from EXIF (names of fields only)', async () => {
    const meta = await readPhotoMetadata(withGpsExif(faceSample(1), 6));
    expect(meta.gps!.latitude).toBeCloseTo(59.9139, 3);
    expect(meta.gps!.longitude).toBeCloseTo(10.7522, 3);
    expect(meta.fields).toEqual(expect.arrayContaining(['GPS', 'SerialNumber', 'OwnerName', 'Artist']));
    expect(meta.orientation).toBe(6);
  });

  it('removes GPS and the rest, keeps orientation and the exact picture data', async () => {
    const original = withGpsExif(faceSample(2), 6);
    const stripped = stripMetadata(original, 6)!;
    const meta = await readPhotoMetadata(stripped);
    expect(meta.gps).toBeUndefined();
    expect(meta.fields).toEqual([]);
    expect(meta.orientation).toBe(6);
    // Lossless: the compressed scan data is byte for byte the same.
    const sos = (b: Uint8Array) => { for (let i = 0; i < b.length; i++) if (b[i] === 0xff && b[i + 1] === 0xda) return b.subarray(i); return b; };
    expect(Buffer.from(sos(stripped)).equals(Buffer.from(sos(original)))).toBe(true);
    expect(stripped.length).toBeLessThan(original.length);
  });

  it('says a photo without metadata has none, and knows HEIC by its content', async () => {
    // The face samples carry real GPS positions themselves.
    expect((await readPhotoMetadata(faceSample(3))).fields).toContain('GPS');
    expect((await readPhotoMetadata(stripMetadata(faceSample(3))!)).gps).toBeUndefined();
    expect(sniffType(buildHeicHeader(), 'IMG_0001.jpg')).toBe('heic');
    expect((await inspectBytes(buildHeicHeader(), 'IMG_0001.HEIC', 'image/heic')).problem).toBe('undecodable-image');
  });
});
