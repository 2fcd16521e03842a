import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Target } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/server';
import { startReportServer } from './support/report-server';
import { VarsamDialog } from './support/closed-shadow';
import { readLog, waitFor } from './support/log';
import { waitForPolicy } from './support/policy';
import { parseIncident } from '../../report/model';
import { toLocalInput } from '../../report/deadline';

// Synthetic test identity (navikt/fnrvalidator vectors).
const FNR = '13097248022';
const ZONE = 'Europe/Oslo';
/** What a Danish municipality's IT pushes as managed policy (docs/admin.md, `incident.*`). */
const POLICY = {
  orgUnits: ['Skovbakke Skole'],
  incident: {
    authorityCountry: 'dk', securityMailbox: 'sikkerhed@kommune.example', subjectTemplate: 'HASTER! Sikkerhedsbrud {unit}',
    internalAddress: 'leder@skole.example', dpoName: 'Databeskyttelsesrådgiver Test', dpoEmail: 'dpo@kommune.example',
  },
};

const profile = mkdtempSync(join(tmpdir(), 'varsam-report-profile-'));
let ext: ExtensionBrowser;
let server: FixtureServer;
let endpoint: Awaited<ReturnType<typeof startReportServer>>;

async function launch() {
  ext = await launchWithExtension({ userDataDir: profile, timeZone: ZONE, policy: POLICY });
  await waitForPolicy(await ext.worker(), (p) => p.sources['incident.authorityCountry'] === 'admin');
}
beforeAll(async () => {
  server = await startFixtureServer();
  endpoint = await startReportServer();
  await launch();
  // Policy takes https endpoints only; test builds let the tests add a local http one.
  await (await ext.worker()).evaluate((url) => chrome.storage.local.set({ 'varsam:test-incident-settings': { endpoint: url } }), endpoint.url);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  await endpoint?.close();
  rmSync(profile, { recursive: true, force: true });
});

const isReport = (t: Target) => t.url().includes('/report.html?id=');
/** Waits for a report tab to open and returns it once rendered. */
async function nextReportPage(trigger: () => Promise<unknown>): Promise<Page> {
  const known = new Set(ext.browser.targets().filter(isReport));
  const opened = ext.browser.waitForTarget((t) => isReport(t) && !known.has(t), { timeout: 10_000 });
  await trigger();
  const page = (await (await opened).asPage())!;
  await page.waitForSelector('#clock, #closed', { timeout: 10_000 });
  return page;
}
const reportId = (page: Page) => new URL(page.url()).searchParams.get('id')!;
const readDraft = (id: string) => ext.worker().then((w) => w.evaluate(async (key) => {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('varsam-reports');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const value = await new Promise<unknown>((resolve) => {
    const req = db.transaction('drafts').objectStore('drafts').get(key);
    req.onsuccess = () => resolve(req.result);
  });
  db.close();
  return value as Record<string, unknown> | undefined;
}, id));
async function openPopup(): Promise<Page> {
  const popupTarget = ext.browser.waitForTarget((t) => t.url().endsWith('/popup.html'));
  await (await ext.worker()).evaluate(() => chrome.action.openPopup());
  return (await (await popupTarget).asPage())!;
}
const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '');

/** Stops the extension's service worker and wakes it again by opening an extension page. */
async function restartWorker(): Promise<Page> {
  const isWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${ext.extensionId}/`);
  const before = ext.browser.targets().find(isWorker)!;
  const gone = new Promise<void>((resolve) => ext.browser.on('targetdestroyed', (t: Target) => { if (t === before) resolve(); }));
  await (await before.worker())!.close();
  await gone;
  const restarted = ext.browser.waitForTarget((t) => isWorker(t) && t !== before);
  const page = await ext.browser.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await restarted;
  return page;
}

describe('with no report open', () => {
  it('the guard keeps its badge, also when the service worker restarts', async () => {
    const site = await ext.browser.newPage();
    await site.goto(server.url('/sites/generic-publish.html?badge'));
    const badge = async () => (await ext.worker()).evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    }, server.url('/sites/generic-publish.html?badge'));
    const before = await waitFor(badge, (b) => b !== '');
    expect(before).not.toBe('');
    const page = await restartWorker();
    await new Promise((r) => setTimeout(r, 500));
    expect(await badge()).toBe(before);
    await page.close();
    await site.close();
  });
});

describe('opening the report', () => {
  it('the toolbar popup\'s "Report breach" button opens a report for the current page', async () => {
    const site = await ext.browser.newPage();
    await site.goto(server.url('/sites/generic-publish.html?pupil=Ola#top'));
    const popup = await openPopup();
    expect(await text(popup, '#report-breach')).toBe('Report breach');
    const report = await nextReportPage(() => popup.click('#report-breach'));
    expect(await text(report, 'h1')).toBe('Report a personal data breach');
    expect(await text(report, '#site')).toBe(`${server.origin}/sites/generic-publish.html`);
    await report.close();
    await site.close();
  });

  it('the keyboard command and the context-menu item exist and open the report', async () => {
    const worker = await ext.worker();
    const commands = await worker.evaluate(() => chrome.commands.getAll());
    expect(commands.find((c) => c.name === 'open-report')).toMatchObject({ shortcut: 'Ctrl+Shift+Y', description: 'Report a personal data breach' });
    // The menu item exists: updating an unknown id fails.
    await worker.evaluate(() => chrome.contextMenus.update('varsam-report', {}));
    await expect(worker.evaluate(() => chrome.contextMenus.update('no-such-item', {}))).rejects.toThrow();

    // Headless Chromium can't click a context menu or press a browser shortcut: call the very
    // listeners the worker registered (handed out by test builds only).
    type Listeners = { onMenuClick: (info: object, tab?: object) => void; onCommand: (command: string, tab?: object) => void };
    const fromMenu = await nextReportPage(() => worker.evaluate((url) => {
      (globalThis as unknown as { varsamReportListeners: Listeners }).varsamReportListeners
        .onMenuClick({ menuItemId: 'varsam-report', pageUrl: url }, { url });
    }, server.url('/sites/generic-publish.html?from=menu')));
    expect(await text(fromMenu, '#site')).toBe(`${server.origin}/sites/generic-publish.html`);
    await fromMenu.close();

    const site = await ext.browser.newPage();
    await site.goto(server.url('/sites/trusted-only.html'));
    await site.bringToFront();
    const report = await nextReportPage(() => worker.evaluate(() => {
      (globalThis as unknown as { varsamReportListeners: Listeners }).varsamReportListeners.onCommand('open-report');
    }));
    expect(await text(report, '#site')).toBe(`${server.origin}/sites/trusted-only.html`);
    await report.close();
    await site.close();
  });
});

describe('the report after a guarded override', () => {
  let report: Page;
  let overrideEventId: number;

  it('is prefilled with that event\'s site, time and kinds', async () => {
    const site = await ext.browser.newPage();
    await site.goto(server.url('/sites/generic-publish.html?class=1A'));
    const dialog = await VarsamDialog.attach(site);
    await site.type('#post', `fnr ${FNR}`);
    await site.click('#publish');
    await dialog.waitOpen();
    await dialog.click('#varsam-proceed');
    const offer = await VarsamDialog.attach(site, 'varsam-report-offer');
    await offer.waitOpen();
    expect(await offer.text('.offer')).toContain('Published. Was it a mistake?');

    report = await nextReportPage(() => offer.click('#varsam-report'));
    const { events } = await readLog(await ext.worker());
    const event = events.filter((e) => e.decision === 'overridden').at(-1)!;
    overrideEventId = event.id as number;
    expect(await text(report, '#site')).toBe(`${server.origin}/sites/generic-publish.html`);
    expect(await report.$eval('#occurred', (i) => (i as HTMLInputElement).value)).toBe(toLocalInput(new Date(event.time as string), ZONE));
    expect(await report.$$eval('#kinds li', (lis) => lis.map((li) => [li.getAttribute('data-kind'), li.textContent]))).toEqual([
      ['id.no', 'Norwegian national ID number: 1'],
    ]);
    const draft = await readDraft(reportId(report));
    expect(draft).toMatchObject({ source: { eventId: event.id, origin: server.origin, path: '/sites/generic-publish.html' }, kinds: { 'id.no': 1 } });
    expect(JSON.stringify(draft)).not.toContain(FNR.slice(0, 6));
    await site.close();
  });

  it('any decision listed in the popup can be reported, prefilled from that decision', async () => {
    const popup = await openPopup();
    await popup.waitForSelector('#events li[data-decision="overridden"] .report-event');
    expect(await popup.$eval('#events li .report-event', (b) => b.getAttribute('aria-label'))).toBe('Report this as a breach');
    const fromEvent = await nextReportPage(() => popup.click('#events li[data-decision="overridden"] .report-event'));
    const draft = await readDraft(reportId(fromEvent));
    expect(draft).toMatchObject({ source: { eventId: overrideEventId, path: '/sites/generic-publish.html' }, kinds: { 'id.no': 1 } });
    await fromEvent.close();
  });

  it('counts down 72 hours from discovery, shows it on the badge, and schedules the reminders', async () => {
    const id = reportId(report);
    const discovered = new Date((await readDraft(id))!.discoveredAt as string);
    expect(await report.$eval('#clock', (c) => c.getAttribute('data-deadline'))).toBe(new Date(discovered.getTime() + 72 * 3_600_000).toISOString());
    expect(await text(report, '#clock-left')).toMatch(/^(71 h 5\d|72 h 0) min left of the 72 hours$/);

    // Discovered 70.5 hours ago: 1 h 30 min left, and only the last reminders remain.
    const earlier = new Date(Date.now() - 70.5 * 3_600_000);
    await report.$eval('#discovered', (input, value) => {
      const el = input as HTMLInputElement;
      el.value = value;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, toLocalInput(earlier, ZONE));
    await report.waitForFunction(() => /^1 h (2\d|30) min left/.test(document.querySelector('#clock-left')?.textContent ?? ''));
    const worker = await ext.worker();
    const alarms = await waitFor(
      () => worker.evaluate((rid) => chrome.alarms.getAll().then((all) => all.filter((a) => a.name.startsWith(`varsam-report:${rid}:`))), id),
      (a) => a.length === 2,
    );
    const savedDiscovery = Date.parse((await readDraft(id))!.discoveredAt as string);
    expect(alarms.map((a) => [a.name.split(':').at(-1), a.scheduledTime - savedDiscovery]).sort()).toEqual([
      ['71', 71 * 3_600_000], ['72', 72 * 3_600_000],
    ]);
    expect(await waitFor(() => worker.evaluate(() => chrome.action.getBadgeText({})), (b) => b === '1h')).toBe('1h');
    // It takes the guard state's place on a guarded tab too.
    const site = await ext.browser.newPage();
    await site.goto(server.url('/sites/generic-publish.html?again'));
    await new Promise((r) => setTimeout(r, 500));
    const tabBadge = await worker.evaluate(async (url) => {
      const [tab] = await chrome.tabs.query({ url });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    }, server.url('/sites/generic-publish.html?again'));
    expect(tabBadge).toBe('1h');
    await site.close();
  });

  it('keeps the draft when the tab is closed and the service worker restarts', async () => {
    const id = reportId(report);
    await report.type('#what', 'Et opslag med en elevs personnummer blev offentliggjort.');
    await report.click('#group-children');
    await report.waitForFunction(() => /^Saved /.test(document.querySelector('#save-state')?.textContent ?? ''));
    // Saved as typed: the draft in IndexedDB has it, no "save" button involved.
    const stored = await waitFor(() => readDraft(id), (d) => (d?.affected as { groups: string[] })?.groups.includes('children'));
    expect(stored).toMatchObject({ whatHappened: 'Et opslag med en elevs personnummer blev offentliggjort.', affected: { groups: ['children'] } });
    await report.close();

    const isWorker = (t: Target) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${ext.extensionId}/`);
    const before = ext.browser.targets().find(isWorker)!;
    const worker = (await before.worker())!;
    await worker.evaluate(() => { (globalThis as unknown as { marker: number }).marker = 1; });
    const gone = new Promise<void>((resolve) => ext.browser.on('targetdestroyed', (t: Target) => { if (t === before) resolve(); }));
    await worker.close(); // stops the extension's service worker
    await gone;
    // The popup, opened as a page, wakes the worker again with its messages.
    const restartedTarget = ext.browser.waitForTarget((t) => isWorker(t) && t !== before);
    const popup = await ext.browser.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const restarted = (await (await restartedTarget).worker())!;
    expect(await restarted.evaluate(() => (globalThis as unknown as { marker?: number }).marker)).toBeUndefined();

    await popup.waitForSelector(`#open-reports li[data-report-id="${id}"] button`);
    report = await nextReportPage(() => popup.click(`#open-reports li[data-report-id="${id}"] button`));
    expect(reportId(report)).toBe(id);
    expect(await report.$eval('#what', (t) => (t as HTMLTextAreaElement).value)).toBe('Et opslag med en elevs personnummer blev offentliggjort.');
    expect(await report.$eval('#group-children', (c) => (c as HTMLInputElement).checked)).toBe(true);
  });

  it('exports JSON that the schema validates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'varsam-download-'));
    try {
      const cdp = await ext.browser.target().createCDPSession();
      await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir });
      await report.click('#download-json');
      // The file can appear under its name a moment before Chromium has written it: wait for the whole download.
      const complete = (f: string) => { try { JSON.parse(readFileSync(join(dir, f), 'utf8')); return true; } catch { return false; } };
      const files = await waitFor(async () => readdirSync(dir).filter((f) => f.endsWith('.json') && complete(f)), (f) => f.length > 0);
      expect(files[0]).toMatch(/^varsam-report-\d{4}-\d{2}-\d{2}-[0-9a-f]{8}\.json$/);
      const incident = parseIncident(JSON.parse(readFileSync(join(dir, files[0]!), 'utf8')));
      expect(incident).toMatchObject({ id: reportId(report), country: 'dk', kinds: { 'id.no': 1 }, affected: { groups: ['children'] } });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says so when an ID number is typed into the report', async () => {
    await report.type('#prevent', `Fjern ${FNR} fra siden.`);
    await report.waitForSelector('#typed-ids');
    expect(await text(report, '#typed-ids')).toContain('“To keep it from happening again” looks like an ID number');
    await report.$eval('#prevent', (el) => {
      (el as HTMLTextAreaElement).value = 'Kursus i at bruge Varsam.';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await report.waitForFunction(() => !document.querySelector('#typed-ids'));
  });

  it('mails the security mailbox with the configured subject, and shows the Danish authority\'s text', async () => {
    await report.type('#reporter-name', 'Medarbejder Test');
    const href = await report.$eval('#mail-link', (a) => (a as HTMLAnchorElement).href);
    const mail = new URL(href);
    expect(mail.protocol).toBe('mailto:');
    expect(mail.pathname).toBe('sikkerhed@kommune.example,leder@skole.example');
    expect(mail.searchParams.get('subject')).toBe('HASTER! Sikkerhedsbrud Skovbakke Skole');
    expect(mail.searchParams.get('body')).toContain('What has happened?');
    expect(await report.$eval('#authority-text', (d) => d.getAttribute('lang'))).toBe('da');
    expect(await text(report, '#authority-text')).toContain('Hvornår blev bruddet opdaget');
    expect(await report.$eval('#authority-form', (a) => (a as HTMLAnchorElement).href)).toBe('https://www.datatilsynet.dk/sikkerhedsbrud/anmeld-sikkerhedsbrud');
  });

  it('prints the report as text, without the form and the buttons', async () => {
    await report.emulateMediaType('print');
    try {
      const shown = await report.evaluate(() => ({
        form: getComputedStyle(document.querySelector('form.report')!).display,
        buttons: getComputedStyle(document.querySelector('.outputs')!).display,
        text: getComputedStyle(document.querySelector('#internal-text')!).display,
      }));
      expect(shown).toEqual({ form: 'none', buttons: 'none', text: 'block' });
      expect(await text(report, '#internal-text')).toContain('Medarbejder Test');
    } finally {
      await report.emulateMediaType();
    }
  });

  it('posts to the endpoint: retried after a failure and delivered once, also across a browser restart', async () => {
    const id = reportId(report);
    await report.click('#send');
    await waitFor(async () => endpoint.received.length, (n) => n >= 1, 10_000);
    expect(endpoint.received[0]!.status).toBe(503);
    await report.waitForFunction(() => /Waiting to be sent/.test(document.querySelector('#send-status')?.textContent ?? ''));

    await ext.close(); // browser gone with the report still undelivered
    endpoint.accept(true);
    await launch(); // same profile
    const reminders = await waitFor(
      async () => (await ext.worker()).evaluate((rid) => chrome.alarms.getAll().then((all) => all.filter((a) => a.name.startsWith(`varsam-report:${rid}:`)).length), id),
      (n) => n === 2,
    );
    expect(reminders).toBe(2); // the reminders are still there after the restart
    await waitFor(async () => endpoint.accepted().length, (n) => n >= 1, 20_000);
    await new Promise((r) => setTimeout(r, 4000)); // nothing more arrives
    expect(endpoint.accepted()).toHaveLength(1);
    const keys = new Set(endpoint.received.map((r) => r.idempotencyKey));
    expect(keys.size).toBe(1);
    const delivered = parseIncident(JSON.parse(endpoint.accepted()[0]!.body));
    expect(delivered).toMatchObject({ id, whatHappened: 'Et opslag med en elevs personnummer blev offentliggjort.' });
    expect(endpoint.accepted()[0]!.body).not.toContain(FNR.slice(0, 6));

    const popup = await openPopup();
    await popup.waitForSelector(`#open-reports li[data-report-id="${id}"] button`);
    report = await nextReportPage(() => popup.click(`#open-reports li[data-report-id="${id}"] button`));
    await report.waitForFunction(() => /Delivered to 127\.0\.0\.1/.test(document.querySelector('#send-status')?.textContent ?? ''));
  });

  it('closing the report clears its reminders, and the badge moves on to the next open report', async () => {
    const id = reportId(report);
    const worker = await ext.worker();
    expect(await worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1h');
    await report.click('#close-report');
    await report.waitForSelector('#closed');
    const alarms = await waitFor(
      () => worker.evaluate((rid) => chrome.alarms.getAll().then((all) => all.filter((a) => a.name.startsWith(`varsam-report:${rid}:`)).length), id),
      (n) => n === 0,
    );
    expect(alarms).toBe(0);
    // The reports opened earlier in this file were discovered minutes ago.
    expect(await waitFor(() => worker.evaluate(() => chrome.action.getBadgeText({})), (b) => b === '71h')).toBe('71h');
  });

  it('reminds with a notification when a reminder comes due', async () => {
    // A report discovered 72 hours minus 3 seconds ago: its last reminder is 3 seconds away.
    const id = await (await ext.worker()).evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => { const r = indexedDB.open('varsam-reports'); r.onsuccess = () => resolve(r.result); });
      const [open] = await new Promise<Record<string, unknown>[]>((resolve) => {
        const r = db.transaction('drafts').objectStore('drafts').getAll(); r.onsuccess = () => resolve(r.result);
      });
      const nearlyLate = { ...open!, id: crypto.randomUUID(), status: 'open', checklist: {}, discoveredAt: new Date(Date.now() - 72 * 3_600_000 + 3000).toISOString() };
      await new Promise((resolve) => { const tx = db.transaction('drafts', 'readwrite'); tx.objectStore('drafts').put(nearlyLate); tx.oncomplete = resolve; });
      db.close();
      return nearlyLate.id as string;
    });
    const page = await ext.browser.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await page.evaluate((rid) => chrome.runtime.sendMessage({ type: 'varsam:report-changed', id: rid }), id);
    const worker = await ext.worker();
    const notifications = await waitFor(() => worker.evaluate(() => chrome.notifications.getAll()), (n) => `varsam-report:${id}` in n, 15_000);
    expect(Object.keys(notifications)).toContain(`varsam-report:${id}`);
    expect(await waitFor(() => worker.evaluate(() => chrome.action.getBadgeText({})), (b) => b === '!')).toBe('!');
    await page.close();
  });
});
