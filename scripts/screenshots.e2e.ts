import { it } from 'vitest';
import { launchWithExtension } from '../tests/e2e/support/browser';
import { startFixtureServer } from '../tests/e2e/support/server';
import { VarsamDialog } from '../tests/e2e/support/closed-shadow';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { buildXlsx } from '../tests/support/build-files';

/** Synthetic identity only (navikt/fnrvalidator test vector). */
it('renders docs/images/dialog.png', async () => {
  const server = await startFixtureServer();
  const ext = await launchWithExtension();
  try {
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 900, height: 560 });
    await page.goto(server.url('/sites/generic-publish.html'));
    await page.type('#post', 'Velkommen til Ola Nordmann i 1A! Fødselsnummer 13097248022, D-nummer 53097248016.');
    await page.click('#publish');
    await (await VarsamDialog.attach(page)).waitOpen();
    await page.screenshot({ path: 'docs/images/dialog.png' });
  } finally {
    await ext.close();
    await server.close();
  }
});

/** The breach report opened from the note after "Publish anyway" (synthetic identity only). */
it('renders docs/images/report.png', async () => {
  const server = await startFixtureServer();
  const ext = await launchWithExtension({ timeZone: 'Europe/Oslo' });
  try {
    await (await ext.worker()).evaluate(() => chrome.storage.local.set({
      'varsam:test-incident-settings': {
        country: 'no', unit: 'Solbakken skole', securityMailbox: 'sikkerhet@kommune.example',
        dpo: { name: 'Personvernombudet', email: 'personvernombud@kommune.example', phone: '' },
      },
    }));
    const page = await ext.browser.newPage();
    await page.goto(server.url('/sites/generic-publish.html'));
    await page.type('#post', 'Klasseliste 1A: fødselsnummer 13097248022.');
    await page.click('#publish');
    const dialog = await VarsamDialog.attach(page);
    await dialog.waitOpen();
    await dialog.click('#varsam-proceed');
    const offer = await VarsamDialog.attach(page, 'varsam-report-offer');
    await offer.waitOpen();
    const opened = ext.browser.waitForTarget((t) => t.url().includes('/report.html?id='));
    await offer.click('#varsam-report');
    const report = (await (await opened).asPage())!;
    await report.setViewport({ width: 900, height: 1000 });
    await report.waitForSelector('#clock');
    await report.type('#reporter-name', 'Kari Lærer');
    await report.type('#reporter-role', 'Kontaktlærer');
    await report.type('#what', 'A class list with a pupil\'s national ID number was published on the school website.');
    await report.select('#cause', 'human-error');
    await report.waitForFunction(() => /^Saved /.test(document.querySelector('#save-state')?.textContent ?? ''));
    await report.screenshot({ path: 'docs/images/report.png' });
  } finally {
    await ext.close();
    await server.close();
  }
});

/** The checking panel while a large workbook is read ("Reading sheet n of N"); no personal data in it. */
it('renders docs/images/checking.png', async () => {
  const server = await startFixtureServer();
  const ext = await launchWithExtension();
  const dir = mkdtempSync(join(tmpdir(), 'varsam-shot-'));
  try {
    writeFileSync(join(dir, 'turplan-høst.xlsx'), buildXlsx(Array.from({ length: 400 }, (_, s) => ({
      name: `Uke ${s + 1}`, rows: Array.from({ length: 400 }, (_, r) => [`Gruppe ${r % 7}`, 'Tur til skogen, ta med matpakke', r]),
    }))));
    const page = await ext.browser.newPage();
    await page.setViewport({ width: 900, height: 420 });
    await page.goto(server.url('/sites/upload.html'));
    const dialog = await VarsamDialog.attach(page);
    await (page.$('#upload') as Promise<ElementHandle<HTMLInputElement>>).then((input) => input.uploadFile(join(dir, 'turplan-høst.xlsx')));
    await dialog.waitChecking(20_000);
    for (let i = 0; i < 200; i++) {
      const html = await dialog.html('#varsam-check-stage').catch(() => '');
      if (/data-unit="sheet"/.test(html) && Number(/data-done="(\d+)"/.exec(html)?.[1]) >= 60) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    await page.screenshot({ path: 'docs/images/checking.png' });
    await dialog.click('#varsam-check-cancel');
  } finally {
    await ext.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
