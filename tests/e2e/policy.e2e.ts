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
    const dump = JSON.stringify(await readLog(await ext.worker()), (k, v) => (k === 'time' ? undefined : v));
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
