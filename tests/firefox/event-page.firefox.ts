/**
 * Firefox suspends its MV3 background (an event page) after an idle time, also while the page
 * is still reading a file, and the answer is lost. The content script keeps it awake while a
 * check runs (guard/files/keepalive.ts). Here the idle time is cut to 1.5 s and the check of a
 * 1,500-page PDF takes several times that: without the keep-alive the file comes back as
 * "cannot read" instead of with its finding on page 1401.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ElementHandle } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './support/firefox';
import { FirefoxDialog } from './support/closed-shadow';
import { startFixtureServer, type FixtureServer } from '../e2e/support/server';
import { buildPdf, SYNTHETIC_IDS } from '../support/build-files';

let ff: FirefoxWithExtension;
let server: FixtureServer;
let dir: string;

beforeAll(async () => {
  server = await startFixtureServer();
  ff = await launchFirefoxWithExtension({ prefs: { 'extensions.background.idle.timeout': 1500 } });
  dir = mkdtempSync(join(tmpdir(), 'varsam-ff-idle-'));
  const pages = Array.from({ length: 1500 }, (_, i) => `Side ${i + 1}. Referat fra foreldremøte. Ingen personopplysninger her. `.repeat(20));
  pages[1400] = `Vedtak om tilrettelegging\nElevens fødselsnummer: ${SYNTHETIC_IDS[0]}`;
  writeFileSync(join(dir, 'arkiv.pdf'), buildPdf(pages));
});
afterAll(async () => {
  await ff?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

it('a long check is not cut off when Firefox would suspend the idle background page', async () => {
  const page = await ff.browser.newPage();
  await page.goto(server.url('/sites/upload.html'));
  // Long enough for Firefox to suspend the background page first: the upload has to wake it.
  await new Promise((r) => setTimeout(r, 3000));
  const input = (await page.$('#upload')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(join(dir, 'arkiv.pdf'));
  const dialog = new FirefoxDialog(page);
  // Meanwhile the progress reaches the tab in Firefox too (relayed by the background page).
  let stage = '';
  for (const end = Date.now() + 30_000; Date.now() < end && !/Reading page \d+ of 1500/.test(stage);) {
    if (await dialog.has('[role="alertdialog"]')) break;
    stage = await dialog.text('#varsam-check-stage').catch(() => '');
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(stage).toMatch(/Reading page \d+ of 1500/);
  await dialog.waitOpen(60_000);
  const text = await dialog.text();
  expect(text).toMatch(/Page 1401: .*ID number/);
  expect(text).not.toMatch(/cannot read/i);
  await page.close();
});
