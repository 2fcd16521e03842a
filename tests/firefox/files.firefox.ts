/**
 * Documents and photos in Firefox, which has no offscreen documents: the background page runs
 * the file service itself (messaging/files-in-page.ts). Real Firefox ESR with the built Firefox
 * extension, a fixture upload page, and files the test builds. What the site received is read
 * back from the page; the dialog is read through WebDriver BiDi (support/closed-shadow.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import exifr from 'exifr';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { FirefoxDialog } from './support/closed-shadow';
import { startFixtureServer, type FixtureServer } from '../e2e/support/server';
import { waitFor } from '../e2e/support/log';
import { buildPdf, faceSample, SYNTHETIC_IDS, withGpsExif } from '../support/build-files';
import { stripMetadata } from '../../files/image/strip';

let ff: FirefoxWithExtension;
let server: FixtureServer;
let page: Page;
let dialog: FirefoxDialog;
let dir: string;

const filler = (n: number) => `Side ${n}. Referat fra foreldremøte. Ingen personopplysninger her.`;

beforeAll(async () => {
  server = await startFixtureServer();
  ff = await launchFirefoxWithExtension({ extensionPages: true });
  dir = mkdtempSync(join(tmpdir(), 'varsam-ff-attach-'));
  const write = (name: string, bytes: Uint8Array) => writeFileSync(join(dir, name), bytes);
  write('vedtak.pdf', buildPdf([filler(1), filler(2), `Vedtak om tilrettelegging\nElevens fødselsnummer: ${SYNTHETIC_IDS[0]}`, filler(4)]));
  write('referat.pdf', buildPdf([filler(1), filler(2), filler(3)]));
  write('tur.jpg', withGpsExif(stripMetadata(faceSample(2))!));
  write('gruppe.jpg', stripMetadata(faceSample(1))!);
  // Long enough that reading it takes seconds on any machine (a few ms per page).
  write('protokoll.pdf', buildPdf(Array.from({ length: 10_000 }, (_, i) => filler(i + 1))));
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => { await page?.close(); page = undefined as unknown as Page; });

async function pick(...names: string[]): Promise<void> {
  page = await ff.browser.newPage();
  await page.goto(server.url('/sites/upload.html'));
  dialog = new FirefoxDialog(page);
  const input = (await page.$('#upload')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...names.map((n) => join(dir, n)));
}

const received = () => page.evaluate(() => (window as unknown as { __received: Array<{ name: string; type: string; size: number; base64: string }> }).__received);

describe('Firefox: documents', () => {
  it('delivers a clean PDF to the site once it is read', async () => {
    await pick('referat.pdf');
    const got = await waitFor(received, (r) => r.length === 1, 30_000);
    expect(got.map((r) => r.name)).toEqual(['referat.pdf']);
    expect(await dialog.isOpen()).toBe(false);
  });

  it('holds a PDF with an ID number on page 3, says which page, and delivers it only after "Publish anyway"', async () => {
    await pick('vedtak.pdf');
    await dialog.waitOpen(30_000);
    const text = await dialog.text();
    expect(text).toContain('vedtak.pdf');
    expect(text).toMatch(/Page 3: .*ID number/i);
    expect(text).not.toMatch(/cannot read/i);
    expect(text).toContain('•••••••••88');
    expect(text).not.toContain(SYNTHETIC_IDS[0]);
    expect(await received()).toEqual([]);
    await dialog.click('#varsam-proceed');
    const got = await waitFor(received, (r) => r.length === 1, 10_000);
    expect(got.map((r) => r.name)).toEqual(['vedtak.pdf']);
  });
});

describe('Firefox: photos', () => {
  it('holds a JPEG with a GPS position and faces; "Remove location" delivers it without GPS tags', async () => {
    await pick('tur.jpg');
    await dialog.waitOpen(60_000);
    const text = await dialog.text();
    expect(text).toMatch(/reveals where it was taken/);
    expect(text).toMatch(/Faces found in the photo: [1-9]/);
    expect(await received()).toEqual([]);
    await dialog.click('#varsam-strip-0');
    await waitFor(() => dialog.text(), (t) => /Location and other hidden details removed/.test(t), 30_000);
    expect(await dialog.text()).not.toMatch(/reveals where it was taken/);
    await dialog.click('#varsam-confirm-protected');
    await dialog.click('#varsam-confirm-consent');
    await dialog.click('#varsam-proceed');
    const [got] = await waitFor(received, (r) => r.length === 1, 10_000);
    expect(got!.name).toBe('tur.jpg');
    const bytes = Buffer.from(got!.base64, 'base64');
    expect(await exifr.gps(bytes)).toBeUndefined();
    // The original had a position (the check above can fail).
    expect(await exifr.gps(readFileSync(join(dir, 'tur.jpg')))).toBeDefined();
  });

  it('a group photo asks the two questions; "Blur faces" delivers a changed photo in which the detector finds no face', async () => {
    await pick('gruppe.jpg');
    await dialog.waitOpen(60_000);
    const text = await dialog.text();
    expect(Number(/Faces found in the photo: (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(/protected identity/);
    expect(await dialog.attribute('#varsam-proceed', 'disabled')).toBeDefined();
    await dialog.click('#varsam-blur-0');
    await waitFor(() => dialog.text(), (t) => /Faces blurred/.test(t), 60_000);
    // The blurred copy was checked again in Firefox: no face left, so no questions.
    expect(await dialog.attribute('#varsam-proceed', 'disabled')).toBeUndefined();
    await dialog.click('#varsam-proceed');
    const [got] = await waitFor(received, (r) => r.length === 1, 10_000);
    expect(got!.name).toBe('gruppe.jpg');
    const bytes = Buffer.from(got!.base64, 'base64');
    expect(bytes.subarray(0, 2).toString('hex')).toBe('ffd8');
    expect(bytes.equals(readFileSync(join(dir, 'gruppe.jpg')))).toBe(false);
  });
});

describe('Firefox: Cancel during a long check', () => {
  it('stops the check: the site gets nothing, the input is empty, a note says so, the popup logs it', async () => {
    await pick('protokoll.pdf');
    // The status panel names the file and the page being read (progress from the background page).
    await waitFor(() => dialog.text('#varsam-check-stage').catch(() => ''), (t) => /^Reading page \d+ of 10000$/.test(t), 30_000);
    expect(await dialog.text('[role="dialog"]')).toContain('Checking protokoll.pdf');
    await dialog.click('#varsam-check-cancel');
    await waitFor(() => dialog.has('#varsam-check-cancel'), (open) => !open, 10_000);
    const notice = new FirefoxDialog(page, 'varsam-notice');
    expect(await waitFor(() => notice.text('#varsam-notice-text').catch(() => ''), (t) => t.length > 0, 10_000))
      .toBe('Checking cancelled — the file was not attached.');
    expect(await page.$eval('#upload', (el) => (el as HTMLInputElement).files!.length)).toBe(0);
    expect(await received()).toEqual([]);
    expect(await dialog.isOpen()).toBe(false);
    // The decision log in Firefox, read in the toolbar popup: the check was cancelled, nothing about the file.
    const popup = await ff.openExtensionPage('popup.html', '#events li');
    const first = await popup.$eval('#events li', (li) => ({ decision: li.getAttribute('data-decision'), text: li.textContent ?? '' }));
    await popup.close();
    expect(first.decision).toBe('check-cancelled');
    expect(first.text).not.toContain('protokoll');
  });
});
