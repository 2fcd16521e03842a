/**
 * E-mail files end to end in Chromium with the built extension: an .eml and an Outlook .msg the
 * test builds (with a PDF, a spreadsheet and an encrypted PDF attached) are picked in a site's
 * upload form. The offscreen document opens the attachments; the dialog names the attachment
 * and the page each finding is on, and the site gets nothing until the user decides.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/server';
import { VarsamDialog } from './support/closed-shadow';
import { pickOnUploadPage } from './support/upload';
import { waitFor } from './support/log';
import { pause } from './support/site';
import { buildPdf, buildXlsx, classList, faceSample, SYNTHETIC_IDS, withGpsExif } from '../support/build-files';
import { stripMetadata } from '../../files/image/strip';
import { buildEml, buildMsg } from '../support/build-mail';

let ext: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let dialog: VarsamDialog;
let dir: string;

const letter = () => buildPdf(['Til foresatte i 3B. Informasjon om skoleåret.', `Vedtak om spesialundervisning\nElevens fødselsnummer: ${SYNTHETIC_IDS[0]}`]);

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
  dir = mkdtempSync(join(tmpdir(), 'varsam-mail-'));
  const write = (name: string, bytes: Uint8Array) => writeFileSync(join(dir, name), bytes);
  // A forwarded e-mail whose only personal data is in the attached pupil letter.
  write('videresendt.eml', buildEml({ from: 'Skolen <post@skole.example>', to: 'Kommunen <post@kommune.example>', subject: 'VS: Brev', text: 'Se vedlagt brev.', attachments: [{ name: 'vedlegg.pdf', mime: 'application/pdf', bytes: letter() }] }));
  write('Elevliste.msg', buildMsg({ subject: 'Elevliste', body: 'Lista ligger ved.', attachments: [{ name: 'elever.xlsx', bytes: buildXlsx([{ name: 'Timeplan', rows: [['Mandag']] }, { name: 'Klasse 3B', rows: classList() }]) }] }));
  write('låst-vedlegg.eml', buildEml({ from: 'Skolen <post@skole.example>', to: 'Kommunen <post@kommune.example>', subject: 'Referat', text: 'Referatet ligger ved.', attachments: [{ name: 'låst.pdf', mime: 'application/pdf', bytes: buildPdf(['Hemmelig'], { encrypted: true }) }] }));
  // A class photo with no metadata at all: only its faces make it worth a look.
  write('klassebilde.eml', buildEml({ from: 'Skolen <post@skole.example>', to: 'Foresatte <foresatte@skole.example>', subject: 'Bilder', text: 'Bilder fra dagen.', attachments: [{ name: 'gruppe.jpg', mime: 'image/jpeg', bytes: stripMetadata(faceSample(1))! }] }));
  write('turbilder.eml', buildEml({ from: 'Skolen <post@skole.example>', to: 'Kommunen <post@kommune.example>', subject: 'Tur', text: 'Bilder fra turen.', attachments: [{ name: 'tur.jpg', mime: 'image/jpeg', bytes: withGpsExif(stripMetadata(faceSample(4))!) }] }));
}, 15 * 60_000); // waits for the machine-wide Chromium lock
afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => { await page?.close(); page = undefined as unknown as Page; });

async function pick(...names: string[]): Promise<void> {
  ({ page, dialog } = await pickOnUploadPage(ext, server, dir, names, 30_000));
}

const received = () => page.evaluate(() => (window as unknown as { __received: Array<{ name: string }> }).__received);

describe('e-mail files', () => {
  it('holds a forwarded .eml whose attached PDF has an ID number on page 2, and says "vedlegg.pdf › Page 2"', async () => {
    await pick('videresendt.eml');
    const text = await dialog.text();
    expect(text).toContain('videresendt.eml');
    expect(text).toMatch(/vedlegg\.pdf › Page 2: .*ID number/);
    expect(text).not.toMatch(/vedlegg\.pdf › Page 1/);
    expect(text).toContain('•••••••••88');
    expect(text).not.toContain(SYNTHETIC_IDS[0]);
    await dialog.click('#varsam-cancel');
    await pause(100);
    expect(await received()).toEqual([]);
  });

  it('holds an Outlook .msg with a class list in the attached spreadsheet, naming the sheet; Publish anyway delivers it', async () => {
    await pick('Elevliste.msg');
    const text = await dialog.text();
    expect(text).toMatch(/elever\.xlsx › Sheet “Klasse 3B”: .*ID number \(3\)/);
    expect(text).not.toMatch(/Timeplan/);
    await dialog.click('#varsam-proceed');
    await waitFor(received, (r) => r.length === 1);
    expect((await received()).map((r) => r.name)).toEqual(['Elevliste.msg']);
  });

  it('holds an e-mail whose attachment is encrypted, and names the attachment', async () => {
    await pick('låst-vedlegg.eml');
    expect(await dialog.text()).toMatch(/Attachment “låst\.pdf”: This file is password-protected or encrypted/);
    await dialog.click('#varsam-cancel');
    await pause(100);
    expect(await received()).toEqual([]);
  });

  it('holds an e-mail whose attached photo reveals where it was taken, naming the photo', async () => {
    await pick('turbilder.eml');
    expect(await dialog.text()).toMatch(/Attachment “tur\.jpg”: This photo reveals where it was taken/);
    await dialog.click('#varsam-cancel');
  });

  it('holds an e-mail whose attached photo shows faces, names the photo and asks the two questions; offers no fix inside the e-mail', async () => {
    await pick('klassebilde.eml');
    const text = await dialog.text();
    const count = Number(/Attachment “gruppe\.jpg”: Faces found in the photo: (\d+)/.exec(text)?.[1]);
    expect(count).toBeGreaterThanOrEqual(3);
    expect(text).toMatch(/protected identity/);
    expect(text).toMatch(/Remove the picture from the e-mail/);
    expect(await dialog.has('#varsam-blur-0')).toBe(false);
    expect(await dialog.has('#varsam-strip-0')).toBe(false);
    // The questions must be answered before the e-mail file can go.
    expect(await dialog.attribute('#varsam-proceed', 'disabled')).toBeDefined();
    await dialog.click('#varsam-confirm-protected');
    await dialog.click('#varsam-confirm-consent');
    await dialog.click('#varsam-proceed');
    await waitFor(received, (r) => r.length === 1);
    expect((await received()).map((r) => r.name)).toEqual(['klassebilde.eml']);
  });

  it('the content script carries no e-mail or .msg reader', () => {
    const cs = readFileSync(resolve(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8') + readFileSync(resolve(EXTENSION_DIR, 'scanner.js'), 'utf8');
    for (const marker of ['PostalMime', 'forceRfc822Attachments', '__substg1.0_', 'decompressRTF']) expect(cs.includes(marker), marker).toBe(false);
  });
});
