/**
 * Attachments and photos, end to end in Chromium with the built extension: files the test
 * builds itself are picked in a site's upload form; the guard holds them with findings per
 * page/sheet, the offscreen document reads PDFs, Office files and photos, and the fixes
 * ("Remove location", "Blur faces") deliver a changed file to the site. What the site received
 * is read back and checked: no GPS tags, and the face detector finds no face in it.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import exifr from 'exifr';
import type { Page } from 'puppeteer-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/server';
import { VarsamDialog } from './support/closed-shadow';
import { pickOnUploadPage } from './support/upload';
import { withOffscreenPage } from './support/offscreen';
import { waitFor } from './support/log';
import { pause } from './support/site';
import { buildDocx, buildHeicHeader, buildPdf, buildXlsx, classList, faceSample, SYNTHETIC_IDS, withGpsExif } from '../support/build-files';
import { stripMetadata } from '../../files/image/strip';

let ext: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let dialog: VarsamDialog;
let dir: string;

const filler = (n: number) => `Side ${n}. Referat fra foreldremøte. Ingen personopplysninger her.`;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
  dir = mkdtempSync(join(tmpdir(), 'varsam-attach-'));
  const write = (name: string, bytes: Uint8Array) => writeFileSync(join(dir, name), bytes);
  write('vedtak.pdf', buildPdf([filler(1), filler(2), `Vedtak om tilrettelegging\nElevens fødselsnummer: ${SYNTHETIC_IDS[0]}`, filler(4)]));
  write('klasseliste.docx', buildDocx(classList().map((r) => r.join('\t'))));
  write('elever.xlsx', buildXlsx([{ name: 'Timeplan', rows: [['Mandag', 'Tirsdag']] }, { name: 'Klasse 3B', rows: classList() }]));
  write('tur.jpg', withGpsExif(stripMetadata(faceSample(2))!));
  write('gruppe.jpg', stripMetadata(faceSample(1))!);
  write('ødelagt.pdf', buildPdf(['x'], { corrupt: true }));
  write('låst.pdf', buildPdf(['Hemmelig'], { encrypted: true }));
  write('IMG_0042.heic', buildHeicHeader());
}, 15 * 60_000); // waits for the machine-wide Chromium lock
afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => { await page?.close(); page = undefined as unknown as Page; });

async function pick(...names: string[]): Promise<void> {
  ({ page, dialog } = await pickOnUploadPage(ext, server, dir, names));
}

const received = () => page.evaluate(() => (window as unknown as { __received: Array<{ name: string; type: string; base64: string }> }).__received);

/** Faces the extension's own detector finds in bytes (in an extension page, as the offscreen document does). */
async function facesIn(base64: string, name: string): Promise<number> {
  return withOffscreenPage(ext, (lab) => lab.evaluate(async (b64, n) => {
    const svc = (globalThis as unknown as { varsamFiles: { handleFileRequest: (r: unknown, p: () => void) => Promise<{ ok: boolean; inspect?: { report: { photo?: { faces?: unknown[] } } }; error?: string }> } }).varsamFiles;
    const a = await svc.handleFileRequest({ type: 'varsam:file-inspect', id: 'lab', file: { name: n, mime: 'image/jpeg', base64: b64 }, options: { faces: true, ocr: false } }, () => undefined);
    if (!a.ok) throw new Error(a.error);
    return a.inspect!.report.photo!.faces!.length;
  }, base64, name));
}

describe('documents', () => {
  it('holds a PDF with an ID number on page 3 and says which page; the site gets nothing on Cancel', async () => {
    await pick('vedtak.pdf');
    const text = await dialog.text();
    expect(text).toContain('vedtak.pdf');
    expect(text).toMatch(/Page 3: .*ID number/i);
    expect(text).not.toMatch(/Page [124]:/);
    expect(text).toContain('•••••••••88');
    expect(text).not.toContain(SYNTHETIC_IDS[0]);
    await dialog.click('#varsam-cancel');
    await pause(100);
    expect(await received()).toEqual([]);
  });

  it('holds a DOCX and an XLSX class list, naming the sheet', async () => {
    await pick('klasseliste.docx', 'elever.xlsx');
    const text = await dialog.text();
    expect(text).toContain('klasseliste.docx');
    expect(text).toMatch(/Sheet “Klasse 3B”: .*ID number \(3\)/);
    expect(text).not.toMatch(/Sheet “Timeplan”: .*ID number/);
    await dialog.click('#varsam-proceed');
    await waitFor(received, (r) => r.length === 2);
    expect((await received()).map((r) => r.name)).toEqual(['klasseliste.docx', 'elever.xlsx']);
  });

  it('holds a corrupt PDF, an encrypted PDF and a HEIC photo with a clear message each', async () => {
    await pick('ødelagt.pdf', 'låst.pdf', 'IMG_0042.heic');
    const text = await dialog.text();
    expect(text).toMatch(/ødelagt\.pdf.*damaged or not what its name says/s);
    expect(text).toMatch(/låst\.pdf.*password-protected or encrypted/s);
    expect(text).toMatch(/IMG_0042\.heic.*HEIC.*cannot be opened here/s);
    await dialog.click('#varsam-cancel');
    await pause(100);
    expect(await received()).toEqual([]);
  });
});

describe('photos', () => {
  it('"Remove location" delivers the photo without GPS tags', async () => {
    await pick('tur.jpg');
    expect(await dialog.text()).toMatch(/reveals where it was taken/);
    await dialog.click('#varsam-strip-0');
    await waitFor(() => dialog.text(), (t) => /Location and other hidden details removed/.test(t), 10_000);
    expect(await dialog.text()).not.toMatch(/reveals where it was taken/);
    // The photo still has faces: the child questions stay until they are answered.
    await dialog.click('#varsam-confirm-protected');
    await dialog.click('#varsam-confirm-consent');
    await dialog.click('#varsam-proceed');
    const [got] = await waitFor(received, (r) => r.length === 1, 5000);
    const bytes = Buffer.from(got!.base64, 'base64');
    expect(got!.name).toBe('tur.jpg');
    expect(await exifr.gps(bytes)).toBeUndefined();
    const tags = await exifr.parse(bytes, { gps: true, tiff: true, exif: true, xmp: true }).catch(() => undefined);
    expect(Object.keys(tags ?? {}).filter((k) => /GPS|Serial|Owner|Artist/.test(k))).toEqual([]);
    // The original had them (the check above can fail).
    expect(await exifr.gps(readFileSync(join(dir, 'tur.jpg')))).toBeDefined();
  });

  it('a group photo shows its faces and asks the two questions; "Blur faces" delivers a photo with no face the detector can find', async () => {
    await pick('gruppe.jpg');
    const text = await dialog.text();
    const count = Number(/Faces found in the photo: (\d+)/.exec(text)?.[1]);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(/protected identity/);
    expect(await dialog.attribute('#varsam-proceed', 'disabled')).toBeDefined();
    expect(await facesIn(readFileSync(join(dir, 'gruppe.jpg')).toString('base64'), 'gruppe.jpg')).toBe(count);
    await dialog.click('#varsam-blur-0');
    await waitFor(() => dialog.text(), (t) => /Faces blurred/.test(t), 20_000);
    expect(await dialog.text()).toMatch(/Before.*After/s);
    // No faces left: the questions are no longer needed.
    expect(await dialog.attribute('#varsam-proceed', 'disabled')).toBeUndefined();
    await dialog.click('#varsam-proceed');
    const [got] = await waitFor(received, (r) => r.length === 1);
    expect(got!.name).toBe('gruppe.jpg');
    expect(await facesIn(got!.base64, got!.name)).toBe(0);
  });
});

describe('photo rules from policy', () => {
  it('faces bring the policy\'s photo confirmations even when the text rule for children is off', async () => {
    const worker = await ext.worker();
    await worker.evaluate(() => chrome.storage.local.set({ 'varsam:test-guard-settings': { childConfirmations: 'off' } }));
    try {
      // Default policy: photos.facesRequireConsent / facesRequireProtectedIdentity are on.
      await pick('gruppe.jpg');
      expect(await dialog.text()).toMatch(/protected identity/);
      expect(await dialog.attribute('#varsam-proceed', 'disabled')).toBeDefined();
    } finally {
      await worker.evaluate(() => chrome.storage.local.remove('varsam:test-guard-settings'));
    }
  });
});

describe('bundle', () => {
  it('the content script carries no PDF, face, EXIF, zip or OCR code', () => {
    // The content script and the detector module it imports into the page's isolated world.
    const cs = readFileSync(resolve(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8') + readFileSync(resolve(EXTENSION_DIR, 'scanner.js'), 'utf8');
    const markers = ['GlobalWorkerOptions', 'getTextContent', 'TinyFaceDetector', 'tfjs', 'setWasmPaths', 'exifr', 'unzipSync', 'tesseract', 'tess/worker.min.js', 'recognizing text'];
    for (const marker of markers) expect(cs.includes(marker), marker).toBe(false);
    // …while the offscreen chunks do (so the markers are the right ones).
    const offscreen = readFileSync(resolve(EXTENSION_DIR, 'offscreen.html'), 'utf8');
    expect(offscreen).toMatch(/chunks\/offscreen-/);
    const chunks = readdirSync(resolve(EXTENSION_DIR, 'chunks')).map((f) => readFileSync(resolve(EXTENSION_DIR, 'chunks', f), 'utf8')).join('\n');
    for (const marker of markers.filter((m) => m !== 'unzipSync')) expect(chunks.includes(marker), `${marker} in the offscreen chunks`).toBe(true);
  });
});
