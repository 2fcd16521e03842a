/**
 * Face detection with @vladmandic/face-api's TinyFaceDetector on the tfjs WASM backend, for
 * extension pages only (offscreen document). The weights and the wasm ship inside the extension
 * (copied from the npm packages at build time); nothing is downloaded.
 */
import type { FaceBox } from '../types';

type FaceApi = typeof import('@vladmandic/face-api');
let ready: Promise<FaceApi> | undefined;

/** Working size of the detector: the picture is scaled so its long side is at most this. */
export const WORKING_SIZE = 1280;
const INPUT_SIZE = 608;
const MIN_SCORE = 0.4;

export function loadFaceApi(): Promise<FaceApi> {
  ready ??= (async () => {
    const faceapi = await import('@vladmandic/face-api/dist/face-api.esm.js') as unknown as FaceApi;
    const tf = faceapi.tf as unknown as {
      env(): { set(k: string, v: unknown): void };
      setWasmPaths(p: string): void;
      setBackend(b: string): Promise<boolean>;
      ready(): Promise<void>;
    };
    // MV3 blocks blob: workers, which the multi-threaded wasm build would start (and then hang).
    tf.env().set('WASM_HAS_MULTITHREAD_SUPPORT', false);
    tf.setWasmPaths('/tfwasm/');
    if (!(await tf.setBackend('wasm'))) throw new Error('wasm backend unavailable');
    await tf.ready();
    // Root-relative: an absolute chrome-extension:// URL would be mangled by face-api.
    await faceapi.nets.tinyFaceDetector.loadFromUri('/models');
    return faceapi;
  })();
  ready.catch(() => { ready = undefined; });
  return ready;
}

function iou(a: FaceBox, b: FaceBox): number {
  const x1 = Math.max(a.x, b.x), y1 = Math.max(a.y, b.y);
  const x2 = Math.min(a.x + a.width, b.x + b.width), y2 = Math.min(a.y + a.height, b.y + b.height);
  const inter = Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
  const small = Math.min(a.width * a.height, b.width * b.height);
  return small > 0 ? inter / small : 0;
}

/** Keeps the best of boxes that cover the same face (tiles overlap). */
export function mergeBoxes(boxes: FaceBox[]): FaceBox[] {
  const out: FaceBox[] = [];
  for (const b of [...boxes].sort((p, q) => q.score - p.score)) if (!out.some((o) => iou(o, b) > 0.4)) out.push(b);
  return out;
}

async function detectOn(faceapi: FaceApi, canvas: HTMLCanvasElement, minScore = MIN_SCORE): Promise<FaceBox[]> {
  const found = await faceapi.detectAllFaces(canvas, new faceapi.TinyFaceDetectorOptions({ inputSize: INPUT_SIZE, scoreThreshold: minScore }));
  return found.map((d) => ({ x: d.box.x, y: d.box.y, width: d.box.width, height: d.box.height, score: d.score }));
}

function draw(source: ImageBitmap, sx: number, sy: number, sw: number, sh: number, scale: number): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(sw * scale));
  canvas.height = Math.max(1, Math.round(sh * scale));
  const ctx = canvas.getContext('2d')!;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(source, sx, sy, sw, sh, 0, 0, canvas.width, canvas.height);
  return canvas;
}

export interface FaceResult { faces: FaceBox[]; tiled: boolean; ms: number }

/**
 * Faces in a decoded picture, in the picture's own pixel coordinates. One pass at the working
 * size; when that finds at most one face, or only small ones, in a large picture, a second pass
 * over 2×2 overlapping tiles finds the small faces of a crowded group photo.
 */
export async function detectFaces(image: ImageBitmap, options: { tiling?: boolean; minScore?: number; isCancelled?: () => boolean } = {}): Promise<FaceResult> {
  const t0 = performance.now();
  const faceapi = await loadFaceApi();
  const { width: W, height: H } = image;
  const scale = Math.min(1, WORKING_SIZE / Math.max(W, H));
  const first = (await detectOn(faceapi, draw(image, 0, 0, W, H, scale), options.minScore)).map((b) => ({
    ...b, x: b.x / scale, y: b.y / scale, width: b.width / scale, height: b.height / scale,
  }));
  const long = Math.max(W, H);
  const smallest = Math.min(...first.map((b) => Math.max(b.width, b.height)), Infinity);
  const wantTiles = (options.tiling ?? true) && long >= 1000 && (first.length <= 1 || smallest < long * 0.06);
  if (!wantTiles) return { faces: first, tiled: false, ms: performance.now() - t0 };
  const all = [...first];
  const tw = W * 0.6, th = H * 0.6;
  for (const [fx, fy] of [[0, 0], [1, 0], [0, 1], [1, 1]] as const) {
    if (options.isCancelled?.()) break;
    const sx = fx * (W - tw), sy = fy * (H - th);
    const s = Math.min(1, WORKING_SIZE / Math.max(tw, th));
    for (const b of await detectOn(faceapi, draw(image, sx, sy, tw, th, s), options.minScore)) {
      all.push({ ...b, x: sx + b.x / s, y: sy + b.y / s, width: b.width / s, height: b.height / s });
    }
  }
  return { faces: mergeBoxes(all), tiled: true, ms: performance.now() - t0 };
}
