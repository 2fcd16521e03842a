/**
 * Progress and Cancel for the first read of a file, end to end in Chromium with the built
 * extension: a long PDF built by the test shows "Checking protokoll.pdf… Reading page n of N"
 * (the offscreen document's progress relayed by the service worker to the right tab and frame);
 * Cancel or Escape stops the work, the site gets nothing, and the same file is checked again when
 * it comes back; a fast file shows no status; a check that hangs or whose checker dies ends with
 * a held file, never a wait forever.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, ElementHandle, Frame, Page, WebWorker } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/server';
import { VarsamDialog } from './support/closed-shadow';
import { readLog, waitFor } from './support/log';
import { pause } from './support/site';
import { buildPdf, buildXlsx, faceSample, SYNTHETIC_IDS } from '../support/build-files';
import { buildEml } from '../support/build-mail';

/** Enough pages that reading them takes seconds even on a fast machine (a few ms per page). */
const PAGES = 10_000;
/** For the checks that are read to the end. */
const SHORTER = 3000;
/** A workbook with many sheets: each is read and scanned in turn, a few ms apiece. */
const SHEETS = 300;
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const workbook = (sheets: number, rows = 400, last?: string[]) => buildXlsx(Array.from({ length: sheets }, (_, s) => ({
  name: `Uke ${s + 1}`,
  rows: [...Array.from({ length: rows }, (_, r) => [`Gruppe ${r % 7}`, 'Tur til skogen, ta med matpakke', `Rad ${r + 1}`, r]), ...(s === sheets - 1 && last ? [last] : [])],
})));
const filler = (n: number) => `Side ${n}. Referat fra foreldremøte i barnehagen. Ingen personopplysninger her.`;

let ext: ExtensionBrowser;
let server: FixtureServer;
let worker: WebWorker;
let page: Page;
let dialog: VarsamDialog;
let dir: string;
let longPdf: string;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
  worker = await ext.worker();
  dir = mkdtempSync(join(tmpdir(), 'varsam-progress-'));
  const pages = Array.from({ length: PAGES }, (_, i) => filler(i + 1));
  const long = buildPdf(pages);
  longPdf = Buffer.from(long).toString('base64');
  writeFileSync(join(dir, 'protokoll.pdf'), long);
  writeFileSync(join(dir, 'vedtak.pdf'), buildPdf([...pages.slice(0, SHORTER - 1), `Vedtak\nElevens fødselsnummer: ${SYNTHETIC_IDS[0]}`]));
  writeFileSync(join(dir, 'kort.pdf'), buildPdf([filler(1)]));
  writeFileSync(join(dir, 'dugnad.txt'), 'Dugnad lørdag kl. 10. Ta med hansker.');
  writeFileSync(join(dir, 'turplan.xlsx'), workbook(SHEETS));
  writeFileSync(join(dir, 'lister.eml'), buildEml({
    subject: 'Turlister', text: 'Se vedlagt.',
    attachments: ['a', 'b', 'c'].map((n) => ({ name: `tur-${n}.xlsx`, mime: XLSX_MIME, bytes: workbook(120) })),
  }));
  writeFileSync(join(dir, 'portrett.jpg'), faceSample(1));
  // The service worker sees every progress message it relays to a tab: the test listens too.
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __relayed: Array<{ done: number; total: number; at: number }> };
    g.__relayed = [];
    chrome.runtime.onMessage.addListener((m: { type?: string; progress?: { done: number; total: number } }) => {
      if (m?.type === 'varsam:file-progress-relay' && m.progress) g.__relayed.push({ done: m.progress.done, total: m.progress.total, at: Date.now() });
      return undefined;
    });
  });
}, 15 * 60_000);
afterAll(async () => {
  await ext?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});
afterEach(async () => {
  await page?.close();
  page = undefined as unknown as Page;
  await worker.evaluate(() => chrome.storage.local.remove('varsam:test-guard-settings'));
});

const relayed = () => worker.evaluate(() => (globalThis as unknown as { __relayed: Array<{ done: number; total: number; at: number }> }).__relayed.splice(0));
const setTiming = (timing: Record<string, number>) =>
  worker.evaluate((t) => chrome.storage.local.set({ 'varsam:test-guard-settings': { timing: t } }), timing);

async function open(path: string): Promise<void> {
  page = await ext.browser.newPage();
  await page.goto(server.url(path));
  dialog = await VarsamDialog.attach(page);
  await pause(50);
}

async function pick(name: string | string[], selector = '#upload'): Promise<void> {
  const input = (await page.$(selector)) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...[name].flat().map((n) => join(dir, n)));
}

const received = () => page.evaluate(() => (window as unknown as { __received: Array<{ name: string }> }).__received.map((r) => r.name));
const inputCount = (selector = '#upload') => page.$eval(selector, (el) => (el as HTMLInputElement).files!.length);

/** The status line: which stage, and the page numbers it shows (read in one go, so text and numbers agree). */
async function stage(d = dialog): Promise<{ text: string; done: number; total: number } | undefined> {
  const html = await d.html('#varsam-check-stage').catch(() => undefined);
  if (html === undefined) return undefined;
  const attr = (name: string) => Number(new RegExp(`${name}="(\\d+)"`).exec(html)?.[1]);
  return { text: html.replace(/<[^>]+>/g, '').trim(), done: attr('data-done'), total: attr('data-total') };
}

/** Waits until the status has shown at least two different page numbers of `total`. */
async function pagesProgressing(total: number, d = dialog): Promise<number[]> {
  const seen = new Set<number>();
  await waitFor(async () => {
    const s = await stage(d);
    if (s && s.total === total) {
      expect(s.text).toBe(`Reading page ${s.done} of ${total}`);
      seen.add(s.done);
    }
    return seen.size;
  }, (n) => n >= 2, 30_000);
  expect(seen.size).toBeGreaterThanOrEqual(2);
  return [...seen];
}

/**
 * Waits until the status has shown at least two different positions counted in `unit` (sheet,
 * attachment) of `total`, each worded as the one being read: "Reading sheet 4 of 300".
 */
async function partsProgressing(unit: string, words: string, total: number): Promise<number[]> {
  const seen = new Set<number>();
  await waitFor(async () => {
    const html = await dialog.html('#varsam-check-stage').catch(() => '');
    if (!html.includes(`data-unit="${unit}"`)) return seen.size;
    const s = (await stage())!;
    expect(s.total).toBe(total);
    expect(s.text).toBe(`Reading ${words} ${Math.min(s.done + 1, total)} of ${total}`);
    seen.add(s.done);
    return seen.size;
  }, (n) => n >= 2, 30_000);
  expect(seen.size).toBeGreaterThanOrEqual(2);
  return [...seen];
}

/** The focused node in the accessibility tree, and the roles of its ancestors. */
async function focus(): Promise<{ name?: string; within: string[] }> {
  const snapshot = await page.accessibility.snapshot({ interestingOnly: false });
  type Node = NonNullable<typeof snapshot>;
  const find = (n: Node, path: string[]): { name?: string; within: string[] } | undefined => {
    if (n.focused) return { name: n.name, within: path };
    for (const c of n.children ?? []) { const r = find(c, [...path, n.role]); if (r) return r; }
    return undefined;
  };
  return (snapshot && find(snapshot, [])) ?? { within: [] };
}

/**
 * Presses the panel's Cancel and checks what the user and the site see: the panel goes, a note
 * says the file was not attached, the input is empty, the site got nothing, and the offscreen
 * document stopped (no progress later than shortly after Cancel, never the last of `total`).
 */
async function cancelAndSeeItStop(total: number): Promise<void> {
  await relayed();
  const cancelledAt = Date.now();
  await dialog.click('#varsam-check-cancel');
  await waitFor(() => dialog.isOpen(), (o) => !o, 5000);
  expect(await dialog.isOpen()).toBe(false);
  const notice = await VarsamDialog.attach(page, 'varsam-notice');
  await waitFor(() => notice.text('#varsam-notice-text').catch(() => ''), (t) => t.length > 0);
  expect(await notice.text('#varsam-notice-text')).toBe('Checking cancelled — the file was not attached.');
  expect(await inputCount()).toBe(0);
  await pause(1500);
  const after = await relayed();
  expect(after.filter((p) => p.at > cancelledAt + 1000)).toEqual([]);
  expect(after.filter((p) => p.done >= total)).toEqual([]);
  expect(await received()).toEqual([]);
}

describe('a long check shows progress', () => {
  it('names the file and the page being read, with a progress bar and focus on Cancel', async () => {
    await open('/sites/upload.html');
    await pick('protokoll.pdf');
    await dialog.waitChecking(20_000);
    expect(await dialog.text('[role="dialog"]')).toContain('Checking protokoll.pdf');
    const seen = await pagesProgressing(PAGES);
    expect(Math.max(...seen)).toBeLessThan(PAGES + 1);
    expect(await dialog.attribute('#varsam-check-bar', 'max')).toBe(String(PAGES));
    expect(await focus()).toMatchObject({ name: 'Cancel', within: expect.arrayContaining(['dialog']) });
    // The relay went through the service worker to this tab.
    expect((await relayed()).some((p) => p.total === PAGES)).toBe(true);
    expect(await received()).toEqual([]);
    await dialog.click('#varsam-check-cancel');
  });

  it('does not take focus from someone who went on writing: the status sits in the corner, typing goes on', async () => {
    await open('/sites/files.html');
    await pick('protokoll.pdf', '#picker');
    await page.click('#pastebox');
    await dialog.waitChecking(20_000);
    await page.keyboard.type(' Hei alle sammen');
    expect(await page.$eval('#pastebox', (el) => (el as HTMLElement).innerText)).toContain('Hei alle sammen');
    expect((await focus()).within).not.toContain('dialog');
    await pagesProgressing(PAGES);
    await dialog.click('#varsam-check-cancel');
    await waitFor(() => dialog.isOpen(), (o) => !o, 5000);
    expect(await page.evaluate(() => (window as unknown as { __files: unknown[] }).__files)).toEqual([]);
  });
});

describe('Cancel', () => {
  it('stops the check: the site gets nothing, the input is empty, a note says so, the log records it', async () => {
    await open('/sites/upload.html');
    await pick('protokoll.pdf');
    await dialog.waitChecking(20_000);
    await pagesProgressing(PAGES);
    await cancelAndSeeItStop(PAGES);
    const { events } = await waitFor(() => readLog(worker), (l) => l.events.some((e) => e.decision === 'check-cancelled'));
    const event = events.find((e) => e.decision === 'check-cancelled')!;
    expect(event).toMatchObject({ action: 'file-upload', adapter: 'generic', kinds: {}, path: '/sites/upload.html' });
    expect(JSON.stringify(event)).not.toContain('protokoll');
  });

  it('with several files it says which one is read; Cancel leaves them all out', async () => {
    await open('/sites/upload.html');
    await pick(['dugnad.txt', 'protokoll.pdf']);
    await dialog.waitChecking(20_000);
    await pagesProgressing(PAGES);
    const text = await dialog.text('[role="dialog"]');
    expect(text).toContain('Checking protokoll.pdf');
    expect(text).toContain('File 2 of 2');
    await dialog.click('#varsam-check-cancel');
    const notice = await VarsamDialog.attach(page, 'varsam-notice');
    await waitFor(() => notice.text('#varsam-notice-text').catch(() => ''), (t) => t.length > 0);
    expect(await notice.text('#varsam-notice-text')).toBe('Checking cancelled — the files were not attached.');
    expect(await inputCount()).toBe(0);
    await pause(300);
    expect(await received()).toEqual([]);
  });

  it('Escape does the same; the same file dropped again is checked again (nothing cached) and then delivered', async () => {
    await open('/sites/files.html');
    // The page keeps one File object and drops it twice, as a site may re-use a file.
    await page.evaluate((b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const file = new File([bytes], 'protokoll.pdf', { type: 'application/pdf' });
      (window as unknown as { __drop: () => void }).__drop = () => {
        const dt = new DataTransfer();
        dt.items.add(file);
        document.getElementById('dropzone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      };
    }, longPdf);
    const drop = () => page.evaluate(() => (window as unknown as { __drop: () => void }).__drop());
    const delivered = () => page.evaluate(() => (window as unknown as { __files: Array<{ via: string; names: string[] }> }).__files);
    await drop();
    await dialog.waitChecking(20_000);
    await pagesProgressing(PAGES);
    await page.keyboard.press('Escape');
    await waitFor(() => dialog.isOpen(), (o) => !o, 5000);
    expect(await dialog.isOpen()).toBe(false);
    expect(await delivered()).toEqual([]);

    await drop();
    await dialog.waitChecking(20_000);
    // Read again from the first pages: a cancelled result was not kept for this file.
    await pagesProgressing(PAGES);
    const d = await waitFor(delivered, (v) => v.length > 0, 60_000);
    expect(d).toEqual([{ via: 'drop', names: ['protokoll.pdf'] }]);
    await waitFor(() => dialog.isOpen(), (o) => !o, 5000);
    expect(await dialog.isOpen()).toBe(false);
  });
});

describe('spreadsheets and e-mails show what is being read', () => {
  it('a workbook: "Reading sheet n of N" moves on with the bar; Cancel stops it between sheets', async () => {
    await open('/sites/upload.html');
    await pick('turplan.xlsx');
    await dialog.waitChecking(20_000);
    expect(await dialog.text('[role="dialog"]')).toContain('Checking turplan.xlsx');
    const seen = await partsProgressing('sheet', 'sheet', SHEETS);
    expect(Math.min(...seen)).toBeLessThan(SHEETS);
    expect(await dialog.attribute('#varsam-check-bar', 'max')).toBe(String(SHEETS));
    await cancelAndSeeItStop(SHEETS);
  });

  it('an e-mail: "Reading attachment n of 3", not the sheets inside them', async () => {
    await open('/sites/upload.html');
    await pick('lister.eml');
    await dialog.waitChecking(20_000);
    await partsProgressing('attachment', 'attachment', 3);
    expect(await received()).toEqual([]);
    await dialog.click('#varsam-check-cancel');
    await waitFor(() => dialog.isOpen(), (o) => !o, 5000);
    expect(await inputCount()).toBe(0);
    expect(await received()).toEqual([]);
  });
});

describe('when the check finishes', () => {
  it('the status turns into the warning dialog in place, focus on its Cancel', async () => {
    await open('/sites/upload.html');
    await pick('vedtak.pdf');
    await dialog.waitChecking(20_000);
    await pagesProgressing(SHORTER);
    await waitFor(() => dialog.isOpen().then(async (o) => o && (await dialog.text().catch(() => ''))), (t) => Boolean(t), 60_000);
    const text = await dialog.text();
    expect(text).toMatch(new RegExp(`Page ${SHORTER}: .*ID number`));
    expect(text).not.toContain(SYNTHETIC_IDS[0]);
    expect(await stage()).toBeUndefined();
    expect(await focus()).toMatchObject({ name: 'Cancel', within: expect.arrayContaining(['alertdialog']) });
    await dialog.click('#varsam-cancel');
    await pause(100);
    expect(await received()).toEqual([]);
  });

  it('a fast file shows no status at all', async () => {
    await open('/sites/upload.html');
    await pick('dugnad.txt');
    let shown = false;
    const end = Date.now() + 1500;
    while (Date.now() < end) { shown ||= await dialog.isOpen(); await pause(25); }
    expect(shown).toBe(false);
    expect(await received()).toEqual(['dugnad.txt']);
  });
});

describe('publishing while a file is still being checked', () => {
  const submits = () => page.evaluate(() => (window as unknown as { __submits: string[][] }).__submits);

  it('the form waits for the check (a note says so), then goes out once, with the checked file', async () => {
    await open('/sites/upload-form.html');
    await page.type('#title', 'Referat fra foreldremøtet');
    await pick('protokoll.pdf');
    await dialog.waitChecking(20_000);
    await page.click('#publish');
    const notice = await VarsamDialog.attach(page, 'varsam-notice');
    await waitFor(() => notice.text('#varsam-notice-text').catch(() => ''), (t) => t.length > 0);
    expect(await notice.text('#varsam-notice-text')).toBe('Varsam is checking the file you picked first. This goes out as soon as the check is done.');
    expect(await submits()).toEqual([]);
    // Enter in the title field (implicit submission) and a second click add nothing.
    await page.focus('#title');
    await page.keyboard.press('Enter');
    await page.click('#publish');
    await pause(200);
    expect(await submits()).toEqual([]);
    // The clean file is read to the end; then the form goes out by itself, once, with the file.
    await waitFor(submits, (s) => s.length > 0, 90_000);
    await pause(300);
    expect(await submits()).toEqual([['protokoll.pdf']]);
    expect(await dialog.isOpen()).toBe(false);
  });

  it('if the check is cancelled, the waiting form is not sent', async () => {
    await open('/sites/upload-form.html');
    await pick('protokoll.pdf');
    await dialog.waitChecking(20_000);
    await page.click('#publish');
    await pause(200);
    await dialog.click('#varsam-check-cancel');
    await waitFor(() => dialog.isOpen(), (o) => !o, 5000);
    await pause(500);
    expect(await submits()).toEqual([]);
    expect(await inputCount()).toBe(0);
  });
});

describe('in a frame', () => {
  it('the progress reaches the frame that picked the file, and only there', async () => {
    await open('/sites/files-frame.html');
    const frame = await waitFor(async () => page.frames().find((f) => f.url().endsWith('/files.html')), (f) => Boolean(f)) as Frame;
    await frame.waitForSelector('#picker');
    const input = (await frame.$('#picker')) as ElementHandle<HTMLInputElement>;
    const cdp = await page.createCDPSession();
    await input.uploadFile(join(dir, 'protokoll.pdf'));
    const inFrame = new FrameStatus(cdp);
    const seen = new Set<number>();
    await waitFor(async () => {
      const s = await inFrame.stage();
      if (s?.total === PAGES) seen.add(s.done);
      return seen.size;
    }, (n) => n >= 2, 30_000);
    expect(seen.size).toBeGreaterThanOrEqual(2);
    expect(await dialog.isOpen()).toBe(false); // not in the top document
    await page.keyboard.press('Escape');
    await waitFor(() => inFrame.stage(), (s) => s === undefined, 5000);
    expect(await inFrame.stage()).toBeUndefined();
    expect(await frame.evaluate(() => (window as unknown as { __files: unknown[] }).__files)).toEqual([]);
  });
});

/** Reads the status inside a same-origin iframe's closed shadow root (the top document's VarsamDialog cannot). */
class FrameStatus {
  constructor(private cdp: CDPSession) {}
  async stage(): Promise<{ done: number; total: number } | undefined> {
    const { root } = await this.cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    type N = { nodeName: string; attributes?: string[]; children?: N[]; shadowRoots?: N[]; contentDocument?: N };
    let inFrame = false;
    const find = (n: N, frame: boolean): N | undefined => {
      if (n.attributes && n.attributes[n.attributes.indexOf('id') + 1] === 'varsam-check-stage' && n.attributes.includes('id')) { inFrame = frame; return n; }
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) { const r = find(c, frame); if (r) return r; }
      return n.contentDocument ? find(n.contentDocument, true) : undefined;
    };
    const node = find(root as unknown as N, false);
    if (!node) return undefined;
    expect(inFrame).toBe(true);
    const attr = (name: string) => Number(node.attributes![node.attributes!.indexOf(name) + 1]);
    return { done: attr('data-done'), total: attr('data-total') };
  }
}

describe('a check that never ends', () => {
  it('a hung checker is given up after the stall timeout: the file is held as not checked, never passed', async () => {
    await setTiming({ checkStallMs: 3000 });
    await open('/sites/upload.html');
    // Make sure the offscreen document exists, then freeze it in the debugger.
    await pick('kort.pdf');
    await waitFor(received, (r) => r.length > 0, 30_000);
    const target = await waitFor(async () => ext.browser.targets().find((t) => t.url().endsWith('/offscreen.html')), (t) => Boolean(t));
    const frozen = await target!.createCDPSession();
    await frozen.send('Debugger.enable');
    await frozen.send('Debugger.pause');
    try {
      await page.evaluate(() => { (document.getElementById('upload') as HTMLInputElement).value = ''; });
      await pick('protokoll.pdf');
      await dialog.waitChecking(20_000);
      expect((await stage())?.text).toBe('Reading the file…');
      await waitFor(() => dialog.text().catch(() => ''), (t) => /stopped before it finished/.test(t), 30_000);
      expect(await dialog.text()).toMatch(/protokoll\.pdf.*stopped before it finished/s);
      expect(await received()).toEqual(['kort.pdf']);
      await dialog.click('#varsam-cancel');
      await pause(100);
      expect(await received()).toEqual(['kort.pdf']);
      expect(await inputCount()).toBe(0);
    } finally {
      await frozen.send('Debugger.resume').catch(() => undefined);
      await frozen.detach().catch(() => undefined);
    }
  });

  it('a check that throws (a browser API fails in the checker): the file is held as not checked, never passed', async () => {
    await open('/sites/upload.html');
    await pick('kort.pdf');
    await waitFor(received, (r) => r.length > 0, 30_000);
    // Break the canvas encoder in the offscreen document, as a GPU or memory failure would: the
    // photo decodes, then making its thumbnail throws inside the check.
    const target = await waitFor(async () => ext.browser.targets().find((t) => t.url().endsWith('/offscreen.html')), (t) => Boolean(t));
    const cdp = await target!.createCDPSession();
    const run = (expression: string) => cdp.send('Runtime.evaluate', { expression, awaitPromise: true });
    await run(`globalThis.__encode = OffscreenCanvas.prototype.convertToBlob;
      OffscreenCanvas.prototype.convertToBlob = function () { return Promise.reject(new Error('encoder failed')); }`);
    try {
      await page.evaluate(() => { (document.getElementById('upload') as HTMLInputElement).value = ''; });
      await pick('portrett.jpg');
      await waitFor(() => dialog.text().catch(() => ''), (t) => /stopped before it finished/.test(t), 30_000);
      expect(await dialog.text()).toMatch(/portrett\.jpg.*stopped before it finished/s);
      expect(await dialog.html('.problem')).toContain('data-problem="timeout"');
      expect(await received()).toEqual(['kort.pdf']);
      await dialog.click('#varsam-cancel');
      await pause(100);
      expect(await received()).toEqual(['kort.pdf']);
      expect(await inputCount()).toBe(0);
    } finally {
      await run('OffscreenCanvas.prototype.convertToBlob = globalThis.__encode').catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    }
  });

  it('a checker that dies mid-check: the file is held as not checked; the next file gets a new checker', async () => {
    await open('/sites/upload.html');
    await pick('protokoll.pdf');
    await dialog.waitChecking(20_000);
    await pagesProgressing(PAGES);
    await worker.evaluate(() => chrome.offscreen.closeDocument());
    await waitFor(() => dialog.text().catch(() => ''), (t) => /stopped before it finished/.test(t), 30_000);
    expect(await dialog.text()).toMatch(/protokoll\.pdf.*stopped before it finished/s);
    await dialog.click('#varsam-cancel');
    expect(await received()).toEqual([]);
    await pick('kort.pdf');
    expect(await waitFor(received, (r) => r.length > 0, 30_000)).toEqual(['kort.pdf']);
  });
});
