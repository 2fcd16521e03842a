/**
 * Admin policy in Firefox, end to end: the test writes a real policies.json into Firefox's
 * distribution folder (machine-wide, so under the machine lock, and removed afterwards), starts
 * Firefox ESR with the built extension, and checks what a user sees. Firefox hands
 * `3rdparty.Extensions["varsam@varsam.eu"]` to the add-on as storage.managed, temporary add-on
 * included. The popup (the decision log, policy problems) is opened over WebDriver BiDi, which
 * Firefox allows for moz-extension:// pages only with --remote-allow-system-access.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { FirefoxDialog } from './support/closed-shadow';
import { startFixtureServer, type FixtureServer } from '../e2e/support/server';
import { waitFor } from '../e2e/support/log';
import { buildPdf, classList, SYNTHETIC_IDS } from '../support/build-files';
import { translator } from '../../locales';

/** What a Norwegian municipality's IT pushes: Norwegian UI, uploads blocked, OCR on, one invalid value. */
const POLICY = {
  orgName: 'Testvik kommune',
  uiLanguage: 'nb',
  actions: { 'file-upload': { mode: 'block' } },
  photos: { ocr: true },
  logRetentionDays: 0,
};
const nb = translator('nb');
const en = translator('en');

let server: FixtureServer;
let dir: string;
let page: Page | undefined;

/** Draws a class list with synthetic ID numbers on a canvas in `on`; returns the PNG's bytes. */
async function drawClassList(on: Page): Promise<Uint8Array> {
  const base64 = await on.evaluate((rows) => {
    const canvas = document.createElement('canvas');
    canvas.width = 1280; canvas.height = 720;
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 1280, 720);
    ctx.fillStyle = '#1a1a1a';
    ctx.font = 'bold 35px sans-serif';
    ctx.fillText('Klasseliste 3B, høsten 2026', 64, 80);
    ctx.font = '27px sans-serif';
    rows.forEach((row, i) => row.forEach((cell, j) => ctx.fillText(cell, 64 + j * 410, 160 + i * 54)));
    return canvas.toDataURL('image/png').split(',')[1]!;
  }, classList());
  return new Uint8Array(Buffer.from(base64, 'base64'));
}

beforeAll(async () => {
  server = await startFixtureServer();
  dir = mkdtempSync(join(tmpdir(), 'varsam-ff-policy-'));
  writeFileSync(join(dir, 'vedtak.pdf'), buildPdf([`Vedtak om tilrettelegging\nElevens fødselsnummer: ${SYNTHETIC_IDS[0]}`]));
});
afterAll(async () => {
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => { await page?.close(); page = undefined; });

async function pick(ff: FirefoxWithExtension, name: string): Promise<FirefoxDialog> {
  page = await ff.browser.newPage();
  await page.goto(server.url('/sites/upload.html'));
  const input = (await page.$('#upload')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(join(dir, name));
  return new FirefoxDialog(page);
}

const received = () => page!.evaluate(() => (window as unknown as { __received: Array<{ name: string }> }).__received.map((r) => r.name));
const inputCount = () => page!.$eval('#upload', (el) => (el as HTMLInputElement).files!.length);

describe('policies.json in Firefox', () => {
  let ff: FirefoxWithExtension;
  beforeAll(async () => {
    ff = await launchFirefoxWithExtension({ policy: POLICY, extensionPages: true });
    const lab = await ff.browser.newPage();
    await lab.goto(server.url('/sites/upload.html'));
    writeFileSync(join(dir, 'klasseliste.png'), await drawClassList(lab));
    await lab.close();
  }, 15 * 60_000); // waits for the machine lock
  afterAll(async () => { await ff?.close(); });

  it('block mode: a PDF with an ID number cannot be added (no "anyway"), in the admin\'s language; the popup logs it as stopped', async () => {
    const dialog = await pick(ff, 'vedtak.pdf');
    await dialog.waitOpen(30_000);
    const text = await dialog.text();
    expect(text).toContain(nb('dialog.blocked'));
    expect(text).toContain('•••••••••88');
    expect(text).not.toContain(SYNTHETIC_IDS[0]);
    expect(await dialog.has('#varsam-proceed')).toBe(false);
    await dialog.click('#varsam-cancel');
    await waitFor(() => dialog.isOpen(), (open) => !open, 5000);
    expect(await received()).toEqual([]);
    expect(await inputCount()).toBe(0);
    // The decision log, read the way a user reads it: the toolbar popup.
    const popup = await ff.openExtensionPage('popup.html', '#events li');
    const first = await popup.$eval('#events li', (li) => ({ decision: li.getAttribute('data-decision'), text: li.textContent ?? '' }));
    await popup.close();
    expect(first.decision).toBe('blocked');
    expect(first.text).toContain(nb('decision.blocked'));
    expect(first.text).toContain(`${nb('kind.id.no')} (1)`);
    expect(first.text).not.toContain(SYNTHETIC_IDS[0]);
    expect(first.text).not.toContain('vedtak');
  });

  it('photos.ocr: a screenshot of a class list is held with the ID numbers read in the image, masked', async () => {
    const dialog = await pick(ff, 'klasseliste.png');
    await dialog.waitOpen(120_000);
    const text = await dialog.text();
    expect(text).toContain('klasseliste.png');
    expect(text).toMatch(new RegExp(`${nb('files.unit.image')}: .*\\(3\\)`));
    expect(text).toContain('•••••••••88');
    for (const id of SYNTHETIC_IDS) expect(text).not.toContain(id);
    // A picture is a photo upload (actions["photo-upload"], left at its default), not a file upload.
    expect(await dialog.text('#varsam-proceed')).toBe(nb('guard.proceed.attach'));
    await dialog.click('#varsam-cancel');
    expect(await received()).toEqual([]);
  }, 150_000);

  it('an invalid value is named in the popup, in Norwegian, and the default applies; the rest of the policy still does', async () => {
    const popup = await ff.openExtensionPage('popup.html', '#policy-errors li');
    const errors = await popup.$$eval('#policy-errors li', (lis) => lis.map((li) => ({ field: li.getAttribute('data-field'), text: li.textContent ?? '' })));
    await popup.close();
    expect(errors).toHaveLength(1);
    expect(errors[0]!.field).toBe('logRetentionDays');
    expect(errors[0]!.text).toContain(nb('policy.field.logRetentionDays'));
    expect(errors[0]!.text).toContain(nb('policy.problem.range'));
    // The options page: the invalid value is not used (the default, 365 days), the valid ones are the admin's.
    const options = await ff.openExtensionPage('options.html', '#policy tr[data-field="logRetentionDays"]');
    const row = (field: string) => options.$eval(`#policy tr[data-field="${field}"]`, (tr) => ({
      source: tr.getAttribute('data-source'), value: tr.querySelector('.value')?.textContent ?? '',
    }));
    const retention = await row('logRetentionDays');
    const upload = await row('actions.file-upload.mode');
    const ocr = await row('photos.ocr');
    await options.close();
    expect(retention).toEqual({ source: 'default', value: expect.stringContaining('365') });
    expect(upload.source).toBe('admin');
    expect(ocr.source).toBe('admin');
  });
});

describe('a broken policies.json', () => {
  it('Firefox rejects the whole file; Varsam keeps guarding with its defaults (the file can be added after a look)', async () => {
    // A comma too many: Firefox's JSON parser fails and it hands the add-on no policy at all.
    const broken = JSON.stringify({ policies: { '3rdparty': { Extensions: { 'varsam@varsam.eu': POLICY } } } }).replace(/}}}}$/, '},}}}');
    const ff = await launchFirefoxWithExtension({ policy: broken });
    try {
      const dialog = await pick(ff, 'vedtak.pdf');
      await dialog.waitOpen(30_000);
      const text = await dialog.text();
      expect(text).toContain('•••••••••88');
      expect(text).not.toContain(en('dialog.blocked'));
      expect(await received()).toEqual([]);
      expect(await dialog.text('#varsam-proceed')).toBe(en('guard.proceed.attach'));
      await dialog.click('#varsam-proceed');
      expect(await waitFor(received, (r) => r.length === 1, 10_000)).toEqual(['vedtak.pdf']);
    } finally {
      await page?.close();
      page = undefined;
      await ff.close();
    }
  }, 15 * 60_000);
});
