import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/server';
import { VarsamDialog } from './support/closed-shadow';
import { readLog, waitFor } from './support/log';

// Synthetic test identity (navikt/fnrvalidator vectors): valid fødselsnummer and D-number.
const FNR = '13097248022';
const DNR = '53097248016';

let ext: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let dialog: VarsamDialog;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});
beforeEach(async () => {
  page = await ext.browser.newPage();
  await page.goto(server.url('/sites/generic-publish.html'));
  dialog = await VarsamDialog.attach(page);
});
afterEach(async () => { await page.close(); });

const published = () => page.evaluate(() => (window as unknown as { __published: string[] }).__published.length);

async function typeAndPublish(text: string) {
  await page.type('#post', text);
  await page.click('#publish');
}

describe('first guarded flow: a Publiser button with a national ID number', () => {
  it('holds the action and opens an accessible dialog with the value masked', async () => {
    await typeAndPublish(`Velkommen til Ola (fnr ${FNR}) i 1A!`);
    await dialog.waitOpen();
    expect(await published()).toBe(0);

    expect(await dialog.attribute('[role="alertdialog"]', 'aria-modal')).toBe('true');
    const labelledBy = await dialog.attribute('[role="alertdialog"]', 'aria-labelledby');
    const describedBy = await dialog.attribute('[role="alertdialog"]', 'aria-describedby');
    expect(await dialog.text(`#${labelledBy}`)).toMatch(/personal data/i);
    expect(describedBy).toBeTruthy();

    const text = await dialog.text();
    expect(text).toContain('Norwegian national ID number');
    expect(text).toContain('•••••••••22');
    expect(text).not.toMatch(/\d{3}/);
    expect(await dialog.focusedName()).toBe('Cancel');
  });

  it('the page cannot see into the dialog', async () => {
    await typeAndPublish(`fnr ${FNR}`);
    await dialog.waitOpen();
    const view = await page.evaluate(() => {
      const host = document.querySelector('varsam-dialog');
      return { shadowRoot: host?.shadowRoot ?? null, text: document.body.innerText };
    });
    expect(view.shadowRoot).toBeNull();
    expect(view.text).not.toContain('national ID');
  });

  it('the page cannot tell that Varsam is installed by loading its files, though the guard has loaded them', async () => {
    await typeAndPublish(`fnr ${FNR}`);
    await dialog.waitOpen(); // the detectors (scanner.js) were imported into the content script's world
    const probe = await page.evaluate(async (id) => {
      const url = `chrome-extension://${id}/scanner.js`;
      const fetched = await fetch(url).then(() => 'loaded', () => 'refused');
      const script = await new Promise<string>((done) => {
        const el = document.createElement('script');
        el.src = url;
        el.onload = () => done('loaded');
        el.onerror = () => done('refused');
        document.head.append(el);
      });
      return { fetched, script };
    }, ext.extensionId);
    expect(probe).toEqual({ fetched: 'refused', script: 'refused' });
  });

  it('Cancel closes the dialog, publishes nothing, keeps the text and returns focus', async () => {
    const text = `D-nummer ${DNR}`;
    await typeAndPublish(text);
    await dialog.waitOpen();
    await dialog.click('#varsam-cancel');
    expect(await dialog.isOpen()).toBe(false);
    expect(await published()).toBe(0);
    expect(await page.$eval('#post', (el) => (el as HTMLTextAreaElement).value)).toBe(text);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('publish');
  });

  it('"Publish anyway" runs the site\'s handler exactly once', async () => {
    await typeAndPublish(`fnr ${FNR}`);
    await dialog.waitOpen();
    await page.click('#publish'); // a second click while the dialog is open does nothing
    await dialog.click('#varsam-proceed');
    await waitFor(published, (n) => n > 0);
    await new Promise((r) => setTimeout(r, 300));
    expect(await published()).toBe(1);
    expect(await dialog.isOpen()).toBe(false);
  });

  it('clean text is published at once with no dialog', async () => {
    await typeAndPublish('Foreldremøte tirsdag kl. 18 i gymsalen.');
    expect(await published()).toBe(1);
    expect(await dialog.isOpen()).toBe(false);
  });

  it('controls that do not publish are left alone', async () => {
    await page.type('#post', `fnr ${FNR}`);
    await page.click('#other');
    expect(await dialog.isOpen()).toBe(false);
  });

  it('a form submit button is held, and "Send anyway" submits the form once', async () => {
    await page.type('#message', `Fødselsnummer: ${FNR}`);
    await page.click('#send');
    await dialog.waitOpen();
    const submitted = () => page.evaluate(() => (window as unknown as { __submitted: string[] }).__submitted.length);
    expect(await submitted()).toBe(0);
    await dialog.click('#varsam-proceed');
    await waitFor(submitted, (n) => n > 0);
    expect(await submitted()).toBe(1);
  });

  it('works with the keyboard only: Tab stays in the dialog, Escape cancels, Enter proceeds', async () => {
    await page.type('#post', `fnr ${FNR}`);
    await page.focus('#publish');
    await page.keyboard.press('Enter');
    await dialog.waitOpen();
    expect(await dialog.focusedName()).toBe('Cancel');
    await page.keyboard.press('Tab');
    expect(await dialog.focusedName()).toBe('Publish anyway');
    await page.keyboard.press('Tab');
    expect(await dialog.focusedName()).toBe('Cancel'); // focus is trapped
    await page.keyboard.down('Shift'); await page.keyboard.press('Tab'); await page.keyboard.up('Shift');
    expect(await dialog.focusedName()).toBe('Publish anyway');
    await page.keyboard.press('Escape');
    expect(await dialog.isOpen()).toBe(false);
    expect(await published()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('publish');

    await page.keyboard.press('Enter');
    await dialog.waitOpen();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitFor(published, (n) => n > 0);
    expect(await published()).toBe(1);
  });
});

describe('sites that ignore synthetic clicks', () => {
  it('let the user\'s next click on the same control through once, and only with the same text', async () => {
    await page.goto(server.url('/sites/trusted-only.html'));
    await typeAndPublish(`fnr ${FNR}`);
    await dialog.waitOpen();
    expect(await dialog.text()).toMatch(/press the site's button again/i);
    await dialog.click('#varsam-proceed');
    await waitFor(() => page.evaluate(() => (window as unknown as { __ignored: number }).__ignored), (n) => n > 0);
    expect(await published()).toBe(0); // the site ignored Varsam's replay
    await page.click('#publish'); // the user's own click goes through without a new dialog
    expect(await dialog.isOpen()).toBe(false);
    expect(await published()).toBe(1);
    await page.click('#publish'); // the allowance was used up: held again
    await dialog.waitOpen();
    expect(await published()).toBe(1);
  });
});

describe('language', () => {
  it('follows the user\'s setting, e.g. nynorsk, which Chromium itself does not offer', async () => {
    const worker = await ext.worker();
    await worker.evaluate(() => chrome.storage.local.set({ uiLanguage: 'nn' }));
    try {
      await page.reload();
      await typeAndPublish(`fnr ${FNR}`);
      await dialog.waitOpen();
      expect(await dialog.text()).toContain('Personopplysningar i det du skal publisere');
      expect(await dialog.text('#varsam-proceed')).toBe('Publiser likevel');
    } finally {
      await worker.evaluate(() => chrome.storage.local.remove('uiLanguage'));
    }
  });
});

describe('the local log', () => {
  it('records each decision with kinds and counts, and no digits of the ID', async () => {
    const worker = await ext.worker();
    const before = (await readLog(worker)).events.length;
    await typeAndPublish(`Ola ${FNR} og Kari ${DNR}`);
    await dialog.waitOpen();
    await dialog.click('#varsam-cancel');
    const { events } = await waitFor(() => readLog(worker), (l) => l.events.length > before);
    const event = events.at(-1)!;
    expect(event).toMatchObject({
      origin: server.origin, path: '/sites/generic-publish.html', action: 'post',
      decision: 'cancelled', kinds: { 'id.no': 2 }, adapter: 'generic',
    });
    // Timestamps, the test server's random port and day keys are digits of their own: leave them
    // out, or a slice like "530" of the ID turns up in "17:53:05" by chance.
    const dump = JSON.stringify(await readLog(worker), (key, value) =>
      ['time', 'origin', 'day', 'key', 'id', 'count'].includes(key) ? undefined : value);
    for (const id of [FNR, DNR]) {
      for (let i = 0; i + 3 <= id.length; i++) expect(dump).not.toContain(id.slice(i, i + 3));
    }
  });

  it('counts clean passes per site and day without content', async () => {
    const worker = await ext.worker();
    await typeAndPublish('Husk gymtøy i morgen.');
    const log = await waitFor(() => readLog(worker), (l) => l.cleanPasses.some((c) => c.origin === server.origin));
    const entry = log.cleanPasses.find((c) => c.origin === server.origin)!;
    expect(Object.keys(entry).sort()).toEqual(['count', 'day', 'key', 'origin']);
    expect(entry.count).toBeGreaterThanOrEqual(1);
  });
});

describe('popup', () => {
  it('shows that the page is guarded and lists the latest decision', async () => {
    await typeAndPublish(`fnr ${FNR}`);
    await dialog.waitOpen();
    await dialog.click('#varsam-proceed');
    await waitFor(published, (n) => n > 0);

    await page.bringToFront();
    const worker = await ext.worker();
    const popupTarget = ext.browser.waitForTarget((t) => t.url().endsWith('/popup.html'));
    await worker.evaluate(() => chrome.action.openPopup());
    const popup = (await (await popupTarget).asPage())!;
    await popup.waitForSelector('#status[data-guarded="true"]');
    await popup.waitForSelector('#events li');
    const first = await popup.$eval('#events li', (li) => ({ decision: li.getAttribute('data-decision'), text: li.textContent }));
    expect(first.decision).toBe('overridden');
    expect(first.text).toContain('Norwegian national ID number (1)');
    expect(first.text).toContain('127.0.0.1');
  });
});
