/**
 * Builds real documents and photos for the tests and benchmarks (no binary fixtures in git):
 * PDFs written by hand to the PDF 1.4 spec, DOCX/XLSX/ODT zipped with fflate, JPEGs with GPS
 * EXIF written by piexifjs onto the face samples that ship with @vladmandic/face-api.
 * All identities are synthetic.
 */
import { zipSync, strToU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Synthetic but valid Norwegian national ID numbers (from the public test vectors). */
export const SYNTHETIC_IDS = ['15108695088', '11111598403', '23114048690', '15021951940'];

const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const pdfString = (s: string) => '(' + s.replace(/[\\()]/g, (c) => '\\' + c) + ')';

/**
 * A text PDF: one page per entry, each line of the entry on its own line (Helvetica, WinAnsi, so
 * æ/ø/å work). `encrypted` adds a standard security handler whose user password is not empty:
 * readers must ask for a password. `corrupt` cuts the file in the middle.
 */
export function buildPdf(pages: string[], options: { encrypted?: boolean; corrupt?: boolean } = {}): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => { objects.push(body); return objects.length; };
  const catalog = add('');
  const pagesObj = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const kids: number[] = [];
  for (const text of pages) {
    const lines = text.split('\n');
    const ops = ['BT', '/F1 11 Tf', '14 TL', '56 780 Td', ...lines.map((l) => `${pdfString(l)} Tj T*`), 'ET'].join('\n');
    const content = add(`<< /Length ${latin1(ops).length} >>\nstream\n${ops}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let encrypt = '';
  if (options.encrypted) {
    const hex32 = (seed: number) => '<' + Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('') + '>';
    encrypt = ` /Encrypt ${add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O ${hex32(7)} /U ${hex32(11)} >>`)} 0 R`;
  }
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => { offsets.push(out.length); out += `${i + 1} 0 obj\n${body}\nendobj\n`; });
  const xref = out.length; // one byte per character (latin1)
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt} /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\nstartxref\n${xref}\n%%EOF\n`;
  const bytes = latin1(out);
  if (options.corrupt) {
    // Keep the header, destroy the rest: no xref, no objects a reader can recover.
    const broken = bytes.slice(0, 400);
    for (let i = 20; i < broken.length; i++) broken[i] = (broken[i]! * 31 + i) & 0xff;
    return broken;
  }
  return bytes;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A DOCX with one paragraph per entry (and an optional header). */
export function buildDocx(paragraphs: string[], header?: string): Uint8Array {
  const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
  const p = (t: string) => `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:lang w:val="nb-NO"/></w:rPr><w:t xml:space="preserve">${esc(t)}</w:t></w:r></w:p>`;
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>${header ? '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' : ''}</Types>`),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/_rels/document.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${header ? '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>' : ''}</Relationships>`),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paragraphs.map(p).join('')}<w:sectPr>${header ? '<w:headerReference w:type="default" r:id="rIdH"/>' : ''}</w:sectPr></w:body></w:document>`),
  };
  if (header) files['word/header1.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}>${p(header)}</w:hdr>`);
  return zipSync(files);
}

/** An XLSX with named sheets; strings go to sharedStrings, numbers stay numbers. */
export function buildXlsx(sheets: { name: string; rows: (string | number)[][] }[]): Uint8Array {
  const shared: string[] = [];
  const index = new Map<string, number>();
  const idx = (s: string) => { let i = index.get(s); if (i === undefined) { i = shared.length; shared.push(s); index.set(s, i); } return i; };
  const col = (i: number) => String.fromCharCode(65 + i);
  const sheetXml = sheets.map((s) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${s.rows.map((r, ri) => `<row r="${ri + 1}">${r.map((v, ci) => typeof v === 'number' ? `<c r="${col(ci)}${ri + 1}"><v>${v}</v></c>` : `<c r="${col(ci)}${ri + 1}" t="s"><v>${idx(v)}</v></c>`).join('')}</row>`).join('')}</sheetData></worksheet>`);
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
    'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`),
  };
  sheetXml.forEach((x, i) => { files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(x); });
  files['xl/sharedStrings.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join('')}</sst>`);
  return zipSync(files);
}

/** An ODT (OpenDocument text) with one paragraph per entry. */
export function buildOdt(paragraphs: string[]): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'META-INF/manifest.xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'),
    'content.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:automatic-styles/><office:body><office:text>${paragraphs.map((t) => `<text:p text:style-name="Standard">${esc(t).replace(/  /g, ' <text:s/>')}</text:p>`).join('')}</office:text></office:body></office:document-content>`),
  });
}

/** A face sample photo from @vladmandic/face-api's package (group photos, 3–5 adults each). */
export function faceSample(n: 1 | 2 | 3 | 4 | 5 | 6): Uint8Array {
  const pkg = dirname(require.resolve('@vladmandic/face-api/package.json'));
  return new Uint8Array(readFileSync(join(pkg, 'demo', `sample${n}.jpg`)));
}

/**
 * The same JPEG with EXIF that gives the place it was taken (a synthetic spot in Oslo), the
 * camera's serial number, its owner's name and an orientation.
 */
export function withGpsExif(jpeg: Uint8Array, orientation = 1): Uint8Array {
  const piexif = require('piexifjs');
  const toDms = (v: number) => { const d = Math.floor(v); const mf = (v - d) * 60; const m = Math.floor(mf); const s = Math.round((mf - m) * 60 * 100); return [[d, 1], [m, 1], [s, 100]]; };
  const exif = {
    '0th': { [piexif.ImageIFD.Make]: 'Testcam', [piexif.ImageIFD.Model]: 'T-1', [piexif.ImageIFD.Orientation]: orientation, [piexif.ImageIFD.Artist]: 'Kari Testesen' },
    Exif: { [piexif.ExifIFD.BodySerialNumber]: 'SN-000123', [piexif.ExifIFD.CameraOwnerName]: 'Kari Testesen', [piexif.ExifIFD.DateTimeOriginal]: '2026:05:17 10:00:00' },
    GPS: {
      [piexif.GPSIFD.GPSLatitudeRef]: 'N', [piexif.GPSIFD.GPSLatitude]: toDms(59.9139),
      [piexif.GPSIFD.GPSLongitudeRef]: 'E', [piexif.GPSIFD.GPSLongitude]: toDms(10.7522),
    },
  };
  const binary = Array.from(jpeg, (b) => String.fromCharCode(b)).join('');
  const out: string = piexif.insert(piexif.dump(exif), binary);
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/** The start of a HEIC file (ftyp box, brand heic): enough for every reader to know what it is. */
export function buildHeicHeader(): Uint8Array {
  const box = new Uint8Array(32);
  box.set([0, 0, 0, 24], 0); box.set(latin1('ftypheic'), 4); box.set([0, 0, 0, 0], 12); box.set(latin1('mif1heic'), 16);
  // A truncated 'meta' box follows: the rest of the file is missing, as in a broken download.
  box.set([0, 0, 0x10, 0], 24); box.set(latin1('meta'), 28);
  return box;
}

/** A class list: names (synthetic) with national ID numbers. */
export function classList(): string[][] {
  return [
    ['Navn', 'Fødselsnummer', 'Klasse'],
    ['Ola Testmann', SYNTHETIC_IDS[0]!, '3B'],
    ['Kari Prøvesen', SYNTHETIC_IDS[1]!, '3B'],
    ['Per Eksempel', SYNTHETIC_IDS[2]!, '3B'],
  ];
}

/**
 * A scanned document: a PDF whose only page is a JPEG (DCTDecode) filling an A4 page, with no
 * text layer at all, as a scanner or a phone's "scan document" makes it.
 */
export function buildImagePdf(jpeg: Uint8Array, width: number, height: number): Uint8Array {
  const ops = `q 595 0 0 842 0 0 cm /Im1 Do Q`;
  const parts: (string | Uint8Array)[] = [];
  const offsets: number[] = [];
  let length = 0;
  const push = (p: string | Uint8Array) => { const b = typeof p === 'string' ? latin1(p) : p; parts.push(b); length += b.length; };
  const obj = (n: number, body: (string | Uint8Array)[]) => { offsets[n - 1] = length; push(`${n} 0 obj\n`); body.forEach(push); push('\nendobj\n'); };
  push('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n');
  obj(1, ['<< /Type /Catalog /Pages 2 0 R >>']);
  obj(2, ['<< /Type /Pages /Kids [3 0 R] /Count 1 >>']);
  obj(3, ['<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>']);
  obj(4, [`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`, jpeg, '\nendstream']);
  obj(5, [`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`]);
  const xref = length;
  push(`xref\n0 6\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`);
  push(`trailer\n<< /Size 6 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) { out.set(p as Uint8Array, at); at += (p as Uint8Array).length; }
  return out;
}
