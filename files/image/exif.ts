import exifr from 'exifr';
import type { PhotoMetadata } from '../types';

/** Metadata fields that tell who took a photo or with which camera (names are kept, values never). */
const REVEALING = ['SerialNumber', 'BodySerialNumber', 'LensSerialNumber', 'InternalSerialNumber', 'CameraSerialNumber', 'OwnerName', 'CameraOwnerName', 'Artist', 'Copyright', 'ImageUniqueID', 'HostComputer', 'Creator', 'By-line', 'City', 'Sub-location', 'Province-State', 'Country-PrimaryLocationName', 'Location', 'LocationShown', 'LocationCreated'];

/**
 * Reads what a photo's EXIF/XMP/IPTC metadata says about where it was taken and by whom.
 * Never throws on odd files: metadata that cannot be read is reported as none.
 */
export async function readPhotoMetadata(bytes: Uint8Array): Promise<PhotoMetadata> {
  let tags: Record<string, unknown> | undefined;
  try {
    if (!saneIsoBoxes(bytes)) throw new Error('malformed ISO-BMFF');
    tags = await exifr.parse(bytes, {
      tiff: true, exif: true, gps: true, xmp: true, iptc: true, icc: false, jfif: false, ihdr: true,
      interop: false, makerNote: false, userComment: false, mergeOutput: true, translateValues: false, reviveValues: true,
    });
  } catch {
    tags = undefined;
  }
  const fields: string[] = [];
  let gps: PhotoMetadata['gps'];
  if (tags) {
    const lat = Number(tags.latitude);
    const lon = Number(tags.longitude);
    if (Number.isFinite(lat) && Number.isFinite(lon)) gps = { latitude: lat, longitude: lon };
    if (gps || Object.keys(tags).some((k) => /^GPS(Latitude|Longitude|Position|Coordinates)/.test(k))) fields.push('GPS');
    for (const k of REVEALING) if (tags[k] !== undefined && tags[k] !== '') fields.push(k);
  }
  const orientation = typeof tags?.Orientation === 'number' ? tags.Orientation : undefined;
  const width = Number(tags?.ExifImageWidth ?? tags?.ImageWidth) || undefined;
  const height = Number(tags?.ExifImageHeight ?? tags?.ImageHeight) || undefined;
  return { gps, fields, orientation, width, height };
}

/**
 * exifr loops forever on an ISO-BMFF (HEIC/AVIF) file whose top-level box has size 0 or runs
 * past the end; check the box chain first. Other formats pass.
 */
function saneIsoBoxes(b: Uint8Array): boolean {
  if (String.fromCharCode(...b.subarray(4, 8)) !== 'ftyp') return true;
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = 0;
  for (let n = 0; at < b.length && n < 10_000; n++) {
    if (at + 8 > b.length) return false;
    let size = view.getUint32(at);
    if (size === 1) { if (at + 16 > b.length) return false; size = Number(view.getBigUint64(at + 8)); }
    if (size < 8 || at + size > b.length) return false;
    at += size;
  }
  return at === b.length;
}
