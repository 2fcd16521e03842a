/**
 * Lossless metadata removal. JPEG: drops EXIF, XMP, IPTC/Photoshop, comments, MPF and anything
 * after the image's end (embedded secondary images), keeps JFIF, the ICC colour profile and Adobe
 * colour-transform segments, and writes back a minimal EXIF block with only the orientation so
 * the picture still shows the right way up. The pixels are not re-encoded: no quality loss.
 * PNG: drops eXIf, tEXt, zTXt, iTXt and tIME chunks.
 * Returns undefined for formats it cannot strip losslessly (the offscreen document re-encodes those).
 */
export function stripMetadata(bytes: Uint8Array, orientation?: number): Uint8Array | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return stripJpeg(bytes, orientation);
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return stripPng(bytes);
  return undefined;
}

function orientationApp1(orientation: number): Uint8Array {
  // "Exif\0\0" + big-endian TIFF header + IFD0 with one entry (0x0112 Orientation, SHORT, 1).
  return Uint8Array.from([
    0xff, 0xe1, 0x00, 0x22,
    0x45, 0x78, 0x69, 0x66, 0x00, 0x00,
    0x4d, 0x4d, 0x00, 0x2a, 0x00, 0x00, 0x00, 0x08,
    0x00, 0x01,
    0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, orientation & 0xff, 0x00, 0x00,
    0x00, 0x00, 0x00, 0x00,
  ]);
}

const KEEP_APP = new Set([0xe0 /* JFIF */, 0xee /* Adobe */]);

function stripJpeg(b: Uint8Array, orientation?: number): Uint8Array {
  const out: Uint8Array[] = [b.subarray(0, 2)];
  let i = 2;
  let wroteOrientation = false;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) throw new Error('not a JPEG segment');
    const marker = b[i + 1]!;
    if (marker === 0xff) { i++; continue; }
    if (marker === 0xda) {
      // Start of scan: copy the rest of the image up to the first EOI; drop trailing data.
      let end = b.length;
      for (let j = i + 2; j + 1 < b.length; j++) if (b[j] === 0xff && b[j + 1] === 0xd9) { end = j + 2; break; }
      if (!wroteOrientation && orientation && orientation !== 1) out.push(orientationApp1(orientation));
      out.push(b.subarray(i, end));
      break;
    }
    const len = (b[i + 2]! << 8) | b[i + 3]!;
    const seg = b.subarray(i, i + 2 + len);
    const isApp = marker >= 0xe0 && marker <= 0xef;
    const isIcc = marker === 0xe2 && String.fromCharCode(...seg.subarray(4, 15)) === 'ICC_PROFILE';
    const keep = !isApp && marker !== 0xfe ? true : KEEP_APP.has(marker) || isIcc;
    if (keep) {
      if (marker !== 0xe0 && !wroteOrientation && orientation && orientation !== 1) { out.push(orientationApp1(orientation)); wroteOrientation = true; }
      out.push(seg);
    }
    i += 2 + len;
  }
  const size = out.reduce((n, p) => n + p.length, 0);
  const result = new Uint8Array(size);
  let at = 0;
  for (const p of out) { result.set(p, at); at += p.length; }
  return result;
}

const DROP_PNG = new Set(['eXIf', 'tEXt', 'zTXt', 'iTXt', 'tIME']);

function stripPng(b: Uint8Array): Uint8Array {
  const keep: Uint8Array[] = [b.subarray(0, 8)];
  let i = 8;
  while (i + 12 <= b.length) {
    const len = ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
    const type = String.fromCharCode(...b.subarray(i + 4, i + 8));
    const end = i + 12 + len;
    if (!DROP_PNG.has(type)) keep.push(b.subarray(i, end));
    i = end;
    if (type === 'IEND') break;
  }
  const result = new Uint8Array(keep.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of keep) { result.set(p, at); at += p.length; }
  return result;
}
