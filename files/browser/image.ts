/** Picture work on extension pages: decode, thumbnail, blur faces, re-encode without metadata. */
import type { FaceBox } from '../types';

export async function decode(bytes: Uint8Array, mime: string): Promise<ImageBitmap> {
  // EXIF orientation is applied ('from-image' is the default): boxes match what people see.
  return createImageBitmap(new Blob([bytes as BlobPart], { type: mime || 'application/octet-stream' }));
}

export async function thumbnail(image: ImageBitmap, max = 480): Promise<{ bytes: Uint8Array; width: number; height: number }> {
  const s = Math.min(1, max / Math.max(image.width, image.height));
  const canvas = new OffscreenCanvas(Math.max(1, Math.round(image.width * s)), Math.max(1, Math.round(image.height * s)));
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 });
  return { bytes: new Uint8Array(await blob.arrayBuffer()), width: canvas.width, height: canvas.height };
}

/**
 * The picture with the given faces made unrecognisable: each face (with a margin) is pixelated
 * into large blocks and then blurred. Re-encoded, so every metadata block is gone too; the
 * orientation is baked into the pixels.
 */
export async function blurFaces(image: ImageBitmap, faces: FaceBox[], mime: string, strength = 1): Promise<Blob> {
  const canvas = new OffscreenCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(image, 0, 0);
  for (const f of faces) {
    const m = 0.35 * strength;
    const x = Math.max(0, Math.floor(f.x - f.width * m)), y = Math.max(0, Math.floor(f.y - f.height * m));
    const w = Math.min(image.width - x, Math.ceil(f.width * (1 + 2 * m))), h = Math.min(image.height - y, Math.ceil(f.height * (1 + 2 * m)));
    if (w <= 0 || h <= 0) continue;
    const blocks = Math.max(3, Math.round(6 / strength));
    const small = new OffscreenCanvas(blocks, Math.max(2, Math.round((blocks * h) / w)));
    const sctx = small.getContext('2d')!;
    sctx.drawImage(canvas, x, y, w, h, 0, 0, small.width, small.height);
    ctx.save();
    ctx.beginPath();
    ctx.rect(x, y, w, h);
    ctx.clip();
    ctx.imageSmoothingEnabled = true;
    ctx.filter = `blur(${Math.max(4, Math.round(Math.max(w, h) / 12))}px)`;
    ctx.drawImage(small, 0, 0, small.width, small.height, x - w * 0.1, y - h * 0.1, w * 1.2, h * 1.2);
    ctx.restore();
  }
  const type = mime === 'image/png' ? 'image/png' : mime === 'image/webp' ? 'image/webp' : 'image/jpeg';
  return canvas.convertToBlob({ type, quality: 0.92 });
}

/** Re-encodes a picture (for formats the lossless stripper cannot handle): no metadata survives. */
export async function reencode(image: ImageBitmap, mime: string): Promise<Blob> {
  const canvas = new OffscreenCanvas(image.width, image.height);
  canvas.getContext('2d')!.drawImage(image, 0, 0);
  const type = mime === 'image/png' ? 'image/png' : mime === 'image/webp' ? 'image/webp' : 'image/jpeg';
  return canvas.convertToBlob({ type, quality: 0.95 });
}
