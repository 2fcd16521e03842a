import type { FileType } from './types';

const EXT: Record<string, FileType> = {
  pdf: 'pdf', docx: 'docx', docm: 'docx', xlsx: 'xlsx', xlsm: 'xlsx', pptx: 'pptx', odt: 'odt', ods: 'ods', odp: 'odp',
  csv: 'csv', tsv: 'csv', txt: 'txt', text: 'txt', md: 'txt', rtf: 'rtf', eml: 'eml', msg: 'msg',
  jpg: 'jpeg', jpeg: 'jpeg', jfif: 'jpeg', png: 'png', webp: 'webp', gif: 'gif', heic: 'heic', heif: 'heic',
  tif: 'tiff', tiff: 'tiff', zip: 'zip',
};

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, to));

/**
 * Which kind of file these bytes are. The content decides where it can (magic numbers, zip
 * directory names); the file name only tells apart formats that share a container or are text.
 */
export function sniffType(bytes: Uint8Array, name = '', mime = ''): FileType {
  const ext = name.toLowerCase().match(/\.([a-z0-9]+)$/)?.[1] ?? '';
  const byName = EXT[ext];
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return 'png';
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0]) || startsWith(bytes, [0x4d, 0x4d, 0, 0x2a])) return 'tiff';
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const brand = ascii(bytes, 8, 12);
    if (/^(heic|heix|hevc|hevx|heim|heis|mif1|msf1|avif)$/.test(brand)) return 'heic';
  }
  if (ascii(bytes, 0, 5) === '{\\rtf') return 'rtf';
  // OLE compound file (D0 CF 11 E0 A1 B1 1A E1): an Outlook message when its name or type says so.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) && (byName === 'msg' || mime === 'application/vnd.ms-outlook')) return 'msg';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // OOXML / ODF: the name tells which; an ODF file names its type in the first entry.
    const head = ascii(bytes, 30, Math.min(bytes.length, 120));
    if (head.startsWith('mimetype')) {
      if (head.includes('opendocument.text')) return 'odt';
      if (head.includes('opendocument.spreadsheet')) return 'ods';
      if (head.includes('opendocument.presentation')) return 'odp';
    }
    if (byName === 'docx' || byName === 'xlsx' || byName === 'pptx' || byName === 'odt' || byName === 'ods' || byName === 'odp') return byName;
    if (/wordprocessingml/.test(mime)) return 'docx';
    if (/spreadsheetml/.test(mime)) return 'xlsx';
    if (/presentationml/.test(mime)) return 'pptx';
    return 'zip';
  }
  if (byName) return byName;
  if (mime.startsWith('text/csv')) return 'csv';
  if (mime.startsWith('text/')) return 'txt';
  if (mime === 'message/rfc822') return 'eml';
  if (mime === 'image/heic' || mime === 'image/heif') return 'heic';
  return 'unknown';
}

export const isImageType = (t: FileType) => t === 'jpeg' || t === 'png' || t === 'webp' || t === 'gif' || t === 'heic' || t === 'tiff';
