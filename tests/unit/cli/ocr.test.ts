/**
 * `varsam scan --ocr` in Node: a class list drawn with @napi-rs/canvas (pdf.js's optional
 * dependency, with the Liberation Sans font pdf.js ships) is saved as a real PNG and as a real
 * image-only PDF; tesseract.js reads them with the nor/swe/dan data from node_modules.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/varsam';
import { buildImagePdf, classList, SYNTHETIC_IDS } from '../../support/build-files';

const require = createRequire(import.meta.url);
const { createCanvas, GlobalFonts } = require('@napi-rs/canvas') as typeof import('@napi-rs/canvas');
GlobalFonts.registerFromPath(require.resolve('pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf'), 'Varsam Test Sans');

const dir = mkdtempSync(join(tmpdir(), 'varsam-cli-ocr-'));

function classListPicture(width: number, height: number, mime: 'image/png' | 'image/jpeg'): Buffer {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = '#111';
  const size = Math.round(width / 48);
  ctx.font = `${size}px "Varsam Test Sans"`;
  ctx.fillText('Klasseliste 3B', width * 0.05, size * 3);
  classList().forEach((row, i) => row.forEach((cell, j) => ctx.fillText(cell, width * (0.05 + j * 0.32), size * (6 + i * 2))));
  return mime === 'image/png' ? canvas.toBuffer('image/png') : canvas.toBuffer('image/jpeg', 90);
}

async function run(argv: string[]) {
  let out = '';
  const code = await main(argv, (s) => { out += s; }, () => undefined);
  return { code, out };
}

describe('varsam scan --ocr', () => {
  const png = join(dir, 'klasseliste.png');
  writeFileSync(png, classListPicture(1280, 720, 'image/png'));
  const pdf = join(dir, 'skannet.pdf');
  writeFileSync(pdf, buildImagePdf(classListPicture(1240, 1754, 'image/jpeg'), 1240, 1754));

  it('finds the ID numbers in a screenshot, masked; without --ocr nothing is read', async () => {
    const plain = await run(['scan', png]);
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('nothing found');
    const { code, out } = await run(['scan', '--ocr', png]);
    expect(code).toBe(1);
    expect(out.match(/id\.no/g)).toHaveLength(3);
    expect(out).toContain('•••••••••88');
    expect(out).toContain('text read with OCR');
    for (const id of SYNTHETIC_IDS) expect(out).not.toContain(id);
  }, 60_000);

  it('reads a scanned PDF page and names it, with a note', async () => {
    const plain = await run(['scan', pdf]);
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('1 page(s) without text (scanned?)');
    const { code, out } = await run(['scan', '--ocr', '--json', pdf]);
    expect(code).toBe(1);
    const doc = JSON.parse(out.trim());
    expect(doc.notes).toContain('1 scanned page(s) read with OCR');
    const ids = doc.findings.filter((f: { kind: string }) => f.kind === 'id.no');
    expect(ids).toHaveLength(3);
    expect(ids.every((f: { page: string }) => f.page === 'page 1 (OCR)')).toBe(true);
    expect(out).not.toContain(SYNTHETIC_IDS[0]);
  }, 60_000);
});
