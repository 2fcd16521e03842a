import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/server';
import { VarsamDialog } from './support/closed-shadow';
import { readLog, waitFor } from './support/log';
import { waitForPolicy } from './support/policy';

// Synthetic test identities (navikt/fnrvalidator vectors).
const FNR = '13097248022';
const DNR = '53097248016';

/** What a municipality's IT pushes: posts blocked, and one invalid value (retention 0 days). */
const POLICY = { orgName: 'Testvik kommune', actions: { post: { mode: 'block' } }, logRetentionDays: 0 };

let ext: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let dialog: VarsamDialog;

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension({ policy: POLICY });
  await waitForPolicy(await ext.worker(), (p) => p.sources.orgName === 'admin');
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
afterEach(async () => { await page?.close(); });

const published = () => page.evaluate(() => (window as unknown as { __published: string[] }).__published.length);
async function typeAndPublish(text: string) {
  await page.type('#post', text);
  await page.click('#publish');
}
async function setPolicy(policy: Record<string, unknown>, arrived: Parameters<typeof waitForPolicy>[1]) {
  ext.setPolicy(policy);
  await waitForPolicy(await ext.worker(), arrived);
}

describe('admin policy from /etc/chromium/policies/managed', () => {
  it('arrives through the generated managed_schema.json, with an invalid value reported and not used', async () => {
    const p = await waitForPolicy(await ext.worker(), (x) => x.sources['actions.post.mode'] === 'admin');
    expect(p.policy.orgName).toBe('Testvik kommune');
    expect(p.policy.logRetentionDays).toBe(365);
    expect(p.errors).toEqual([{ field: 'logRetentionDays', from: 'admin', problem: 'range', fallback: 'default' }]);
  });

  it('block mode: the dialog offers only Cancel, nothing is published, and "blocked" is logged', async () => {
    await typeAndPublish(`Velkommen Ola ${FNR}`);
    await dialog.waitOpen();
    expect(await dialog.text()).toContain('does not allow publishing this');
    await expect(dialog.text('#varsam-proceed')).rejects.toThrow();
    await page.click('#publish'); // a second try does nothing
    await dialog.click('#varsam-cancel');
    expect(await published()).toBe(0);
    const { events } = await waitFor(async () => readLog(await ext.worker()), (l) => l.events.some((e) => e.decision === 'blocked'));
    expect(events.at(-1)).toMatchObject({ decision: 'blocked', kinds: { 'id.no': 1 }, confirmations: [] });
  });

  it('the popup names the invalid field and the extension keeps guarding', async () => {
    await page.bringToFront();
    const worker = await ext.worker();
    const popupTarget = ext.browser.waitForTarget((t) => t.url().endsWith('/popup.html'));
    await worker.evaluate(() => chrome.action.openPopup());
    const popup = (await (await popupTarget).asPage())!;
    await popup.waitForSelector('#policy-errors li[data-field="logRetentionDays"]');
    const message = await popup.$eval('#policy-errors li', (li) => li.textContent);
    expect(message).toBe('The administrator\'s setting “Keep the log for (days)” is not valid: the value is outside the allowed range. Varsam uses the default value instead.');
    await popup.waitForSelector('#status[data-guarded="true"]');
    await popup.close();
  });

  it('a policy changed while the browser runs takes effect: confirm mode with a justification, masked in the log', async () => {
    await setPolicy({ actions: { post: { mode: 'confirm', requireJustification: true } } },
      (p) => p.policy.actions.post.mode === 'confirm' && p.sources.orgName === 'default');
    await page.reload();
    await typeAndPublish(`Bursdag for ${DNR}`);
    await dialog.waitOpen();
    expect(await dialog.attribute('#varsam-proceed', 'disabled')).toBeDefined();
    await dialog.click('#varsam-justification');
    await page.keyboard.type(`Foreldrene til ${FNR} har samtykket`);
    expect(await dialog.attribute('#varsam-proceed', 'disabled')).toBeUndefined();
    await dialog.click('#varsam-proceed');
    await waitFor(published, (n) => n > 0);
    expect(await published()).toBe(1);
    const { events } = await waitFor(async () => readLog(await ext.worker()), (l) => l.events.some((e) => e.decision === 'overridden'));
    const event = events.find((e) => e.decision === 'overridden')!;
    expect(event.justification).toMatch(/^Foreldrene til •+22 har samtykket$/);
    // Everything but the timestamps (whose milliseconds could match any three digits).
    // The fixture server's random port is in the origin, and could share three digits with an ID.
    const dump = JSON.stringify(await readLog(await ext.worker()), (k, v) => (k === 'time' ? undefined : v)).replaceAll(new URL(server.url('')).origin, '<fixture>');
    for (const id of [FNR, DNR]) for (let i = 0; i + 3 <= id.length; i++) expect(dump).not.toContain(id.slice(i, i + 3));
  });

  it('off mode lets the action through with no dialog', async () => {
    await setPolicy({ actions: { post: { mode: 'off' } } }, (p) => p.policy.actions.post.mode === 'off');
    await page.reload();
    await typeAndPublish(`Ola ${FNR}`);
    expect(await published()).toBe(1);
    expect(await dialog.isOpen()).toBe(false);
  });

  it('allow-listed sites are not guarded', async () => {
    await setPolicy({ allowlist: [`${server.origin}/sites/*`] }, (p) => p.policy.allowlist.length === 1);
    await page.reload();
    await typeAndPublish(`Ola ${FNR}`);
    expect(await published()).toBe(1);
    expect(await dialog.isOpen()).toBe(false);
  });

  it('an admin\'s site rule guards a custom page, and a journal rule a custom journal system', async () => {
    const sent = () => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length);
    // Without a rule the intranet's "Ferdig" button is not a publish control.
    await page.goto(server.url('/sites/policy-rule.html'));
    await page.type('#editor', `Hilsen til ${FNR}`);
    await page.click('#done');
    expect(await sent()).toBe(1);
    expect(await dialog.isOpen()).toBe(false);

    await setPolicy({
      actions: { post: { mode: 'warn' } },
      siteRules: [
        { name: 'Intranett', urlPattern: `${server.origin}/sites/policy-rule.html`, action: 'post', text: '#editor', finalise: '#done' },
        { name: 'ArkivX', urlPattern: `${server.origin}/sites/journal-custom.html`, action: 'journal-publish', text: '.ax-title', publicToggle: '.ax-flag', finalise: '.ax-go' },
      ],
    }, (p) => p.policy.siteRules.length === 2);
    await page.reload();
    await page.type('#editor', `Hilsen til ${FNR}`);
    await page.click('#done');
    await dialog.waitOpen();
    expect(await sent()).toBe(0);
    await dialog.click('#varsam-cancel');
    const { events } = await waitFor(async () => readLog(await ext.worker()), (l) => l.events.some((e) => e.adapter === 'rule:Intranett'));
    expect(events.find((e) => e.adapter === 'rule:Intranett')).toMatchObject({ action: 'post', decision: 'cancelled' });

    await page.goto(server.url('/sites/journal-custom.html'));
    await page.type('.ax-title', `Søknad om skoleskyss for ${DNR}`);
    await page.click('.ax-go');
    await dialog.waitOpen();
    expect(await sent()).toBe(0);
    await dialog.click('#varsam-cancel');
  });

  it('when the log cannot be written because storage is full, the action stays held and the dialog says why', async () => {
    await setPolicy({ actions: { post: { mode: 'warn' } } }, (p) => p.policy.siteRules.length === 0 && p.policy.allowlist.length === 0);
    await page.reload();
    const worker = await ext.worker();
    await worker.evaluate(() => {
      const g = globalThis as unknown as { __add?: typeof IDBObjectStore.prototype.add };
      g.__add = IDBObjectStore.prototype.add;
      IDBObjectStore.prototype.add = function () { throw new DOMException('Quota exceeded', 'QuotaExceededError'); };
    });
    try {
      await typeAndPublish(`Fødselsnummer ${FNR}`);
      await dialog.waitOpen();
      await dialog.click('#varsam-proceed');
      await waitFor(() => dialog.text().catch(() => ''), (t) => t.includes('storage is full'));
      expect(await dialog.text('.error')).toContain('The browser\'s storage is full');
      expect(await published()).toBe(0);
      expect(await dialog.isOpen()).toBe(true);
    } finally {
      await worker.evaluate(() => {
        const g = globalThis as unknown as { __add: typeof IDBObjectStore.prototype.add };
        IDBObjectStore.prototype.add = g.__add;
      });
    }
    await dialog.click('#varsam-proceed'); // storage works again: the action goes through
    await waitFor(published, (n) => n > 0);
    expect(await published()).toBe(1);
  });
});

describe('Google Admin\'s {"Value": …} form', () => {
  it('in a local policy file, Chromium itself drops a wrapped value (it does not match managed_schema.json); Varsam keeps working', async () => {
    // Varsam unwraps {"Value": x} wherever it gets one (unit-tested in policy-resolve.test.ts), but Chromium
    // checks local policy against the schema first: a wrapped string is an object, so it never arrives.
    await setPolicy({ orgName: { Value: 'Wrapped kommune' }, actions: { post: { mode: 'block' } } },
      (p) => p.policy.actions.post.mode === 'block' && p.sources.orgName !== 'admin');
    const stored = await (await ext.worker()).evaluate(() => chrome.storage.managed.get(null));
    expect(stored).toEqual({ actions: { post: { mode: 'block' } } });
    await page.reload();
    await typeAndPublish(`Fødselsnummer ${FNR}`);
    await dialog.waitOpen();
    expect(await dialog.text()).toContain('does not allow publishing this');
    await dialog.click('#varsam-cancel');
  });
});

describe('options page', () => {
  it('shows each value with its source (administrator, user, default), and the user can set what the admin left open', async () => {
    await setPolicy({ orgName: 'Testvik kommune', actions: { post: { mode: 'block' } } },
      (p) => p.policy.orgName === 'Testvik kommune' && p.policy.actions.post.mode === 'block');
    const options = await ext.browser.newPage();
    try {
      await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
      await options.waitForSelector('#policy tr[data-field="actions.post.mode"]');
      const row = (field: string) => options.$eval(`#policy tr[data-field="${field}"]`, (tr) => ({
        source: tr.getAttribute('data-source'), text: tr.textContent,
      }));
      expect(await row('actions.post.mode')).toEqual({ source: 'admin', text: 'Posts: modeBlockAdministrator' });
      expect(await row('orgName')).toEqual({ source: 'admin', text: 'Organisation nameTestvik kommuneAdministrator' });
      expect(await row('country')).toEqual({ source: 'default', text: 'CountrynoDefault' });
      expect(await row('actions.email.mode')).toMatchObject({ source: 'default' });
      expect(await options.$eval('h1', (h) => h.textContent)).toContain('Testvik kommune');
      // The admin set posts: the user cannot change that, but may change e-mail.
      expect(await options.$('#mode-post')).toBeNull();
      await options.select('#mode-email', 'confirm');
      await options.click('#save');
      await options.waitForSelector('#saved');
      await waitFor(() => row('actions.email.mode'), (r) => r.source === 'user', 10_000);
      expect(await row('actions.email.mode')).toEqual({ source: 'user', text: 'E-mail: modeConfirmYou' });
      // The log is listed, with the decisions made earlier in this file.
      expect(await options.$$eval('#log tbody tr', (rows) => rows.length)).toBeGreaterThan(0);
      expect(await options.$$eval('#log tbody tr[data-decision="blocked"]', (rows) => rows.length)).toBeGreaterThan(0);
      await options.select('#filter-decision', 'overridden');
      await waitFor(() => options.$$eval('#log tbody tr', (rows) => rows.map((r) => r.getAttribute('data-decision'))), (d) => d.every((x) => x === 'overridden'));
      expect(await options.$$eval('#log tbody tr', (rows) => rows.map((r) => r.getAttribute('data-decision')))).not.toContain('blocked');
    } finally {
      await options.close();
      await (await ext.worker()).evaluate(() => chrome.storage.local.remove('varsamUserSettings'));
    }
  });
});

describe('no raw personal data in the log', () => {
  // Planted, all synthetic: two Norwegian ID numbers, a name and a mobile number.
  const NAME = ['Kari', 'Nordmann'];
  const PHONE = '912 34 567';

  it('after every flow in this file (blocked, cancelled, overridden with a justification, a form), nothing planted is stored', async () => {
    await setPolicy({ actions: { post: { mode: 'warn', requireJustification: true }, 'other-form': { mode: 'warn' } } },
      (p) => p.policy.actions.post.requireJustification === true && p.policy.actions.post.mode === 'warn');
    await page.reload();
    const text = `Hei! ${NAME.join(' ')} (fnr ${FNR}, mobil ${PHONE}) begynner i 1A.`;
    // 1. cancelled
    await typeAndPublish(text);
    await dialog.waitOpen();
    await dialog.click('#varsam-cancel');
    // 2. overridden with confirmations and a justification full of personal data
    await page.click('#publish');
    await dialog.waitOpen();
    await dialog.click('#varsam-confirm-protected');
    await dialog.click('#varsam-confirm-consent');
    await dialog.click('#varsam-justification');
    await page.keyboard.type(`Avtalt med mor til ${NAME.join(' ')}, ring ${PHONE} eller se ${DNR}`);
    await dialog.click('#varsam-proceed');
    await waitFor(published, (n) => n > 0);
    // 3. a form
    await page.type('#message', `Fødselsnummer ${DNR}, ${NAME[0]} ${NAME[1]}`);
    await page.click('#send');
    await dialog.waitOpen();
    await dialog.click('#varsam-cancel');

    const worker = await ext.worker();
    const { events } = await waitFor(() => readLog(worker), (l) => l.events.some((e) => (e.confirmations as string[] | undefined)?.length === 2));
    const overridden = events.find((e) => (e.confirmations as string[]).length === 2)!;
    expect(overridden).toMatchObject({ decision: 'overridden', confirmations: ['protected-identity', 'consent'] });
    expect(overridden.justification).toMatch(/^Avtalt med mor til [•\s]+, ring [•\s]+67 eller se •+16$/);

    // The whole log database, every store, and the exports the options page offers.
    const dump = JSON.stringify(await readLog(worker), (k, v) => (k === 'time' ? undefined : v));
    const exported = await worker.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open('varsam-log');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const stores = [...db.objectStoreNames];
      const all = await Promise.all(stores.map((s) => new Promise((resolve) => { const r = db.transaction(s).objectStore(s).getAll(); r.onsuccess = () => resolve(r.result); })));
      db.close();
      return JSON.stringify(all, (k, v) => (k === 'time' || k === 'discoveredAt' || k === 'createdAt' || k === 'updatedAt' ? undefined : v));
    });
    // The fixture server's random port is in every origin, and could share three digits with an ID.
    const origin = new URL(server.url('')).origin;
    for (const haystack of [dump, exported].map((h) => h.replaceAll(origin, '<fixture>'))) {
      for (const id of [FNR, DNR]) for (let i = 0; i + 3 <= id.length; i++) expect(haystack).not.toContain(id.slice(i, i + 3));
      for (const n of NAME) expect(haystack).not.toContain(n);
      expect(haystack.replace(/\s/g, '')).not.toContain('912');
      expect(haystack).not.toContain('34 5');
    }
  });
});
