/**
 * Text in images (OCR, policy `photos.ocr`), end to end in Chromium with the built extension.
 * The test draws a class list with synthetic national ID numbers on a canvas in a page, saves
 * it as a real PNG (a screenshot) and inside a real image-only PDF (a scanned letter), and
 * uploads them on a site's form. With OCR on the offscreen document reads the text in the
 * picture and the upload is held with the ID numbers, masked; with OCR off the same PNG goes
 * through as it does without OCR (nothing in it can be read).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/server';
import { VarsamDialog } from './support/closed-shadow';
import { withOffscreenPage } from './support/offscreen';
import { waitFor } from './support/log';
import { waitForPolicy } from './support/policy';
import { pause } from './support/site';
import { buildImagePdf, classList, SYNTHETIC_IDS } from '../support/build-files';
import { buildEml } from '../support/build-mail';

let ext: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let dialog: VarsamDialog;
let dir: string;

/** Draws the class list as a 1280×720 screenshot-like picture in a page; returns the encoded bytes. */
async function drawClassList(on: Page, type: 'image/png' | 'image/jpeg', width = 1280, height = 720): Promise<Uint8Array> {
  const base64 = await on.evaluate((rows, type, width, height) => {
    const canvas = document.createElement('canvas');
    canvas.width = width; canvas.height = height;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.fillStyle = '#1a1a1a';
    const size = Math.round(width / 48);
    ctx.font = `bold ${Math.round(size * 1.3)}px sans-serif`;
    ctx.fillText('Klasseliste 3B, høsten 2026', width * 0.05, size * 3);
    ctx.font = `${size}px sans-serif`;
    rows.forEach((row, i) => row.forEach((cell, j) => ctx.fillText(cell, width * (0.05 + j * 0.32), size * (6 + i * 2))));
    return canvas.toDataURL(type, 0.92).split(',')[1]!;
  }, classList(), type, width, height);
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ policy: { photos: { ocr: true } } });
  await waitForPolicy(await ext.worker(), (p) => p.policy.photos?.ocr === true);
  dir = mkdtempSync(join(tmpdir(), 'varsam-ocr-'));
  const lab = await ext.browser.newPage();
  await lab.goto(server.url('/sites/upload.html'));
  writeFileSync(join(dir, 'klasseliste.png'), await drawClassList(lab, 'image/png'));
  // An A4 page scanned at about 150 dpi.
  writeFileSync(join(dir, 'skannet.pdf'), buildImagePdf(await drawClassList(lab, 'image/jpeg', 1240, 1754), 1240, 1754));
  // The same class list as a screenshot and as a scanned page, attached to an e-mail whose own text is clean.
  writeFileSync(join(dir, 'klasse.eml'), buildEml({
    subject: 'Klassen', text: 'Se vedlegg.',
    attachments: [
      { name: 'klasse.png', mime: 'image/png', bytes: readFileSync(join(dir, 'klasseliste.png')) },
      { name: 'skann.pdf', mime: 'application/pdf', bytes: readFileSync(join(dir, 'skannet.pdf')) },
    ],
  }));
  await lab.close();
}, 15 * 60_000); // waits for the machine-wide Chromium lock
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => { await page?.close(); page = undefined as unknown as Page; });

async function upload(name: string): Promise<void> {
  page = await ext.browser.newPage();
  await page.goto(server.url('/sites/upload.html'));
  dialog = await VarsamDialog.attach(page);
  await pause(50);
  const input = (await page.$('#upload')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(join(dir, name));
}

const received = () => page.evaluate(() => (window as unknown as { __received: Array<{ name: string }> }).__received);

describe('OCR switched on by policy', () => {
  it('holds a screenshot of a class list and lists the ID numbers read in the image, masked', async () => {
    await upload('klasseliste.png');
    await dialog.waitOpen(120_000);
    const text = await dialog.text();
    expect(text).toContain('klasseliste.png');
    expect(text).toMatch(/Text in the image: .*ID number \(3\)/);
    expect(await dialog.html()).toContain('data-unit="image"');
    expect(text).toContain('•••••••••88');
    for (const id of SYNTHETIC_IDS) expect(text).not.toContain(id);
    await dialog.click('#varsam-cancel');
    await pause(100);
    expect(await received()).toEqual([]);
  }, 180_000);

  it('reads a scanned PDF page (no text layer) and names the page', async () => {
    await upload('skannet.pdf');
    await dialog.waitOpen(180_000);
    const text = await dialog.text();
    expect(text).toMatch(/Page 1 \(scanned, read with OCR\): .*ID number \(3\)/);
    for (const id of SYNTHETIC_IDS) expect(text).not.toContain(id);
    await dialog.click('#varsam-cancel');
  }, 240_000);
});

describe('OCR inside e-mail attachments', () => {
  it('reads a screenshot and a scanned PDF attached to an .eml and names the attachment of each finding', async () => {
    await upload('klasse.eml');
    await dialog.waitOpen(300_000);
    const text = await dialog.text();
    expect(text).toContain('klasse.eml');
    expect(text).toMatch(/klasse\.png › Text in the image: .*ID number \(3\)/);
    expect(text).toMatch(/skann\.pdf › Page 1 \(scanned, read with OCR\): .*ID number \(3\)/);
    expect(text).toContain('•••••••••88');
    for (const id of SYNTHETIC_IDS) expect(text).not.toContain(id);
    await dialog.click('#varsam-cancel');
    await pause(100);
    expect(await received()).toEqual([]);
  }, 360_000);
});

describe('cancel', () => {
  it('stops OCR of a scanned page when the check is cancelled, and the next check still reads', async () => {
    await withOffscreenPage(ext, async (lab) => {
      const result = await lab.evaluate(async (b64) => {
        type Answer = { ok: boolean; cancelled?: boolean; inspect?: { report: { kinds: Record<string, number> } } };
        const svc = (globalThis as unknown as { varsamFiles: { handleFileRequest: (r: unknown, p: (d: number, t: number, s: string) => void) => Promise<Answer> } }).varsamFiles;
        const file = { name: 'skannet.pdf', mime: 'application/pdf', base64: b64 };
        const stages: string[] = [];
        const first = svc.handleFileRequest({ type: 'varsam:file-inspect', id: 'c1', file, options: { faces: false, ocr: true } }, (_d, _t, stage) => {
          if (stage === 'ocr' && !stages.includes('ocr')) setTimeout(() => void svc.handleFileRequest({ type: 'varsam:file-cancel', id: 'c1' }, () => undefined), 200);
          stages.push(stage);
        });
        const cancelled = await first;
        const again = await svc.handleFileRequest({ type: 'varsam:file-inspect', id: 'c2', file, options: { faces: false, ocr: true } }, () => undefined);
        return { cancelled, stages, again: again.inspect?.report.kinds ?? null };
      }, readFileSync(join(dir, 'skannet.pdf')).toString('base64'));
      expect(result.stages).toContain('ocr');
      expect(result.cancelled).toMatchObject({ ok: false, cancelled: true });
      expect(result.again?.['id.no']).toBe(3);
    });
  }, 180_000);
});

describe('cancel and progress inside an e-mail', () => {
  it('reports the faces and OCR stages for an e-mail\'s attached pictures, and Cancel stops its OCR', async () => {
    await withOffscreenPage(ext, async (lab) => {
      const result = await lab.evaluate(async (b64) => {
        type Answer = { ok: boolean; cancelled?: boolean; inspect?: { report: { kinds: Record<string, number> } } };
        const svc = (globalThis as unknown as { varsamFiles: { handleFileRequest: (r: unknown, p: (d: number, t: number, s: string) => void) => Promise<Answer> } }).varsamFiles;
        const file = { name: 'klasse.eml', mime: 'message/rfc822', base64: b64 };
        const options = { faces: true, ocr: true };
        const stages: string[] = [];
        const whole = await svc.handleFileRequest({ type: 'varsam:file-inspect', id: 'm1', file, options }, (_d, _t, stage) => { if (!stages.includes(stage)) stages.push(stage); });
        const first = svc.handleFileRequest({ type: 'varsam:file-inspect', id: 'm2', file, options }, (_d, _t, stage) => {
          if (stage === 'ocr') void svc.handleFileRequest({ type: 'varsam:file-cancel', id: 'm2' }, () => undefined);
        });
        return { stages, kinds: whole.inspect?.report.kinds ?? null, cancelled: await first };
      }, readFileSync(join(dir, 'klasse.eml')).toString('base64'));
      expect(result.stages).toEqual(expect.arrayContaining(['text', 'ocr', 'faces']));
      expect(result.kinds?.['id.no']).toBe(6);
      expect(result.cancelled).toMatchObject({ ok: false, cancelled: true });
    });
  }, 240_000);
});

describe('OCR off (the default)', () => {
  it('lets the same screenshot through: nothing in the picture is read', async () => {
    ext.setPolicy({ photos: { ocr: false } });
    await waitForPolicy(await ext.worker(), (p) => p.policy.photos?.ocr === false);
    await upload('klasseliste.png');
    const got = await waitFor(received, (r) => r.length === 1, 60_000);
    expect(got.map((r) => r.name)).toEqual(['klasseliste.png']);
    expect(await dialog.isOpen()).toBe(false);
  }, 120_000);
});
