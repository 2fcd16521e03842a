/**
 * The guard's checks beyond "personal data in a post", in one test browser: e-mail recipients
 * and subject, records journals (the Grue case), the child confirmations, audience, the badge,
 * same-origin iframes, open shadow roots and late composers, keyboard submit of a form, and
 * files picked, dropped and pasted.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ElementHandle, Page } from 'puppeteer-core';
import { launchWithExtension, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/server';
import { VarsamDialog } from './support/closed-shadow';
import { AnyFrameDialog } from './support/frames';
import { readLog, waitFor } from './support/log';
import { FNR, DNR, fieldText, pause, sent, sentItems, typeInto } from './support/site';

let ext: ExtensionBrowser;
let server: FixtureServer;
let page: Page;
let dialog: VarsamDialog;
let files: string;
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

beforeAll(async () => {
  server = await startFixtureServer();
  ext = await launchWithExtension();
  files = mkdtempSync(join(tmpdir(), 'varsam-files-'));
  writeFileSync(join(files, 'elevliste.txt'), `Navn;Fødselsnummer\nElev A;${FNR}\n`);
  writeFileSync(join(files, 'dugnad.txt'), 'Dugnad lørdag kl. 10. Husk arbeidshansker.\n');
  writeFileSync(join(files, 'snomann.png'), PNG);
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
  rmSync(files, { recursive: true, force: true });
});
afterEach(async () => {
  await page?.close();
  await setGuardSettings(undefined);
});

/** Stands in for policy (test builds only): org domains, child confirmations, journal rules. */
async function setGuardSettings(value: Record<string, unknown> | undefined) {
  const worker = await ext.worker();
  await worker.evaluate((v) => v === null ? chrome.storage.local.remove('varsam:test-guard-settings') : chrome.storage.local.set({ 'varsam:test-guard-settings': v }), value ?? null);
}

async function open(path: string): Promise<void> {
  page = await ext.browser.newPage();
  await page.goto(server.url(path));
  dialog = await VarsamDialog.attach(page);
  await pause(50); // the content script has read the settings
}

const fileInput = async (selector: string) => (await page.$(selector)) as ElementHandle<HTMLInputElement> | null;

const ORG = { orgDomains: ['grue.kommune.no'] };

describe('e-mail', () => {
  it('personal data to an external recipient is held, and the dialog lists the recipients to check', async () => {
    await setGuardSettings(ORG);
    await open('/sites/gmail.html?varsam-site=gmail&to=kari@grue.kommune.no,mor.hansen@example.com');
    await typeInto(page, '#body', `Vedlagt kartlegging for elev med fnr ${FNR}.`);
    await page.click('#send');
    await dialog.waitOpen();
    expect(await sent(page)).toBe(0);
    const text = await dialog.text();
    expect(text).toMatch(/outside your organisation/);
    expect(text).toContain('mor.hansen@example.com (external)');
    expect(text).toContain('kari@grue.kommune.no');
    expect(text).not.toContain('kari@grue.kommune.no (external)');
    await dialog.click('#varsam-proceed');
    await waitFor(() => sent(page), (n) => n > 0);
    expect(await sent(page)).toBe(1);
  });

  it('the same message to colleagues inside the organisation goes out without a dialog', async () => {
    await setGuardSettings(ORG);
    await open('/sites/gmail.html?varsam-site=gmail&to=kari@grue.kommune.no&cc=rektor@skole.grue.kommune.no');
    await typeInto(page, '#body', `Vedlagt kartlegging for elev med fnr ${FNR}.`);
    await page.click('#send');
    expect(await sent(page)).toBe(1);
    expect(await dialog.isOpen()).toBe(false);
  });

  it('many external addresses visible in To/Cc suggest Bcc; the same list in Bcc is fine', async () => {
    await setGuardSettings(ORG);
    const parents = Array.from({ length: 7 }, (_, i) => `foresatt${i + 1}@example.net`).join(',');
    await open(`/sites/gmail.html?varsam-site=gmail&to=${parents}`);
    await typeInto(page, '#body', 'Husk foreldremøtet på torsdag.');
    await page.click('#send');
    await dialog.waitOpen();
    expect(await dialog.text()).toMatch(/7 external addresses are visible to everyone in To\/Cc\. Put them in Bcc/);
    await dialog.click('#varsam-cancel');
    expect(await sent(page)).toBe(0);
    await page.close();

    await open(`/sites/gmail.html?varsam-site=gmail&to=kari@grue.kommune.no&bcc=${parents}`);
    await typeInto(page, '#body', 'Husk foreldremøtet på torsdag.');
    await page.click('#send');
    expect(await sent(page)).toBe(1);
  });

  it('a national ID number in the subject line is held even to colleagues (Outlook)', async () => {
    await setGuardSettings(ORG);
    await open('/sites/outlook.html?varsam-site=outlook&to=kari@grue.kommune.no');
    await typeInto(page, '#subject', `Sak ${FNR}`);
    await typeInto(page, '#body', 'Se vedlegg.');
    await page.click('#send');
    await dialog.waitOpen();
    expect(await dialog.text()).toMatch(/subject line holds a national ID number/);
    expect(await dialog.text('#varsam-proceed')).toBe('Send anyway');
    await dialog.click('#varsam-cancel');
    expect(await sent(page)).toBe(0);
    expect(await fieldText(page, '#subject')).toBe(`Sak ${FNR}`);
  });
});

describe('records journals (the Grue case)', () => {
  it('finalising a public entry with an ID number in the title is held with the legal basis; exempting it lets it through', async () => {
    await open('/sites/journal-no.html');
    await typeInto(page, '#tittel', `Aktivitetsplan 9A – elev ${FNR}`);
    await page.click('#ferdig');
    await dialog.waitOpen();
    expect(await sent(page)).toBe(0);
    const text = await dialog.text();
    expect(text).toContain('This journal entry would become public');
    expect(text).toMatch(/marked as public/);
    expect(text).toContain('Offl. § 13 jf. fvl. § 13');
    expect(await dialog.text('#varsam-proceed')).toBe('Finalise anyway');
    await dialog.click('#varsam-cancel');
    expect(await sent(page)).toBe(0);

    await page.select('#tgkode', 'U'); // U – Unntatt offentlighet
    await page.click('#ferdig');
    expect(await dialog.isOpen()).toBe(false);
    expect(await sent(page)).toBe(1);
  });

  it('"Ekspeder" with the access code left empty and no public toggle is held too', async () => {
    await open('/sites/journal-no.html');
    await page.evaluate(() => document.querySelector('#offentlig')!.closest('label')!.remove());
    await typeInto(page, '#tittel', `Klage fra foresatte til ${DNR}`);
    await page.click('#ekspeder');
    await dialog.waitOpen();
    expect(await dialog.text()).toMatch(/not exempted from public access/);
    await dialog.click('#varsam-proceed');
    await waitFor(() => sent(page), (n) => n > 0);
    expect(await sent(page)).toBe(1);
  });

  it('a Swedish diarium: "Registrera" by Enter (form submit) without sekretessmarkering is held; OSL 23 kap. suggested; replayed once', async () => {
    await open('/sites/journal-sv.html');
    await typeInto(page, '#mening', `Anmälan om kränkande behandling, elev ${FNR}`);
    await page.keyboard.press('Enter');
    await dialog.waitOpen();
    expect(await sent(page)).toBe(0);
    expect(await dialog.text()).toContain('OSL 23 kap.');
    await dialog.click('#varsam-proceed');
    await waitFor(() => sent(page), (n) => n > 0);
    await pause(200);
    expect(await sent(page)).toBe(1);
  });

  it('a Danish ESDH entry set to "Offentliggør på postlisten" is held at "Journalisér" with the Danish basis', async () => {
    await open('/sites/journal-da.html');
    await typeInto(page, '#titel', `Klage vedr. elev ${FNR}`);
    await page.click('#journaliser');
    await dialog.waitOpen();
    expect(await sent(page)).toBe(0);
    expect(await dialog.text()).toContain('offentlighedsloven § 30, nr. 1');
    await dialog.click('#varsam-cancel');
    await page.evaluate(() => document.getElementById('postliste')!.setAttribute('aria-checked', 'false'));
    await page.click('#journaliser');
    expect(await dialog.isOpen()).toBe(false);
    expect(await sent(page)).toBe(1);
  });

  it('a plain "Save" next to a "public" checkbox outside a records system is not a journal entry', async () => {
    await open('/sites/generic-kinds.html');
    await typeInto(page, '#about', 'Kari Nordmann, lærer på 3. trinn');
    await page.click('#save-profile');
    expect(await sentItems(page)).toEqual([{ profile: 'Kari Nordmann, lærer på 3. trinn' }]);
    expect(await dialog.isOpen()).toBe(false);
  });

  it('a system described by an admin rule (URL pattern + selectors) is guarded; without the rule its "OK" is not', async () => {
    await open('/sites/journal-custom.html');
    await typeInto(page, '.ax-title', `Vedtak ${FNR}`);
    await page.click('.ax-go');
    expect(await dialog.isOpen()).toBe(false);
    expect(await sent(page)).toBe(1);
    await page.close();

    await setGuardSettings({ journalRules: [{ urlPattern: '/sites/journal-custom\\.html', text: '.ax-title', publicToggle: '.ax-flag', finalise: '.ax-go' }] });
    await open('/sites/journal-custom.html');
    await typeInto(page, '.ax-title', `Vedtak ${FNR}`);
    await page.click('.ax-go');
    await dialog.waitOpen();
    expect(await sent(page)).toBe(0);
    await dialog.click('#varsam-cancel');
    await page.evaluate(() => document.querySelector('.ax-flag')!.setAttribute('aria-checked', 'false'));
    await page.click('.ax-go');
    expect(await dialog.isOpen()).toBe(false);
    expect(await sent(page)).toBe(1);
  });
});

describe('children and audience', () => {
  it('a photo post asks the two questions; "Publish anyway" stays disabled until both are ticked', async () => {
    await open('/sites/instagram.html?varsam-site=instagram');
    await (await fileInput('#photo'))!.uploadFile(join(files, 'snomann.png'));
    await typeInto(page, '#caption', 'Vinterdag i barnehagen!');
    await page.click('#share');
    await dialog.waitOpen();
    expect(await dialog.text()).toMatch(/protected identity/);
    expect(await dialog.text()).toMatch(/guardians of every child/);
    expect(await dialog.attribute('#varsam-proceed', 'disabled')).toBeDefined();
    await dialog.click('#varsam-cancel');
    expect(await page.$eval('#photo', (el) => (el as HTMLInputElement).files!.length)).toBe(1);
    expect(await sent(page)).toBe(0);

    await page.click('#share');
    await dialog.waitOpen();
    await dialog.click('#varsam-confirm-protected');
    expect(await dialog.attribute('#varsam-proceed', 'disabled')).toBeDefined();
    await dialog.click('#varsam-confirm-consent');
    expect(await dialog.attribute('#varsam-proceed', 'disabled')).toBeUndefined();
    await dialog.click('#varsam-proceed');
    await waitFor(() => sent(page), (n) => n > 0);
    expect(await sentItems(page)).toEqual([{ caption: 'Vinterdag i barnehagen!', files: ['snomann.png'] }]);
  });

  it('a post that names a child asks them too', async () => {
    await open('/sites/facebook.html?varsam-site=facebook&audience=friends');
    await typeInto(page, '#composer', 'Emma Hansen bygde verdens største snømann i dag!');
    await page.click('#post');
    await dialog.waitOpen();
    expect(await dialog.text()).toMatch(/names a child/);
    expect(await dialog.attribute('#varsam-proceed', 'disabled')).toBeDefined();
  });

  it('policy can turn the confirmations off: the photo post goes out at once', async () => {
    await setGuardSettings({ childConfirmations: 'off' });
    await open('/sites/instagram.html?varsam-site=instagram');
    await (await fileInput('#photo'))!.uploadFile(join(files, 'snomann.png'));
    await typeInto(page, '#caption', 'Vinterdag i barnehagen!');
    await page.click('#share');
    // Without a dialog; if the photo's own check is still running, the share waits for it first.
    await waitFor(() => sent(page), (n) => n > 0);
    await pause(200);
    expect(await sent(page)).toBe(1);
    expect(await dialog.isOpen()).toBe(false);
  });

  it('public is stricter: "public" only for the public audience; YouTube holds an ID only when the video is public', async () => {
    await open('/sites/facebook.html?varsam-site=facebook');
    await typeInto(page, '#composer', `fnr ${FNR}`);
    await page.click('#post');
    await dialog.waitOpen();
    expect(await dialog.text()).toMatch(/It will be public/);
    await page.close();

    await open('/sites/youtube-studio.html?varsam-site=youtube-studio');
    await typeInto(page, '#title-textarea #textbox', `Opptak ${FNR}`);
    await page.click('#done-button'); // private: saved without a dialog
    await waitFor(() => sent(page), (n) => n > 0); // at once, or once the detectors have loaded on a busy machine
    expect(await sent(page)).toBe(1);
    expect(await dialog.isOpen()).toBe(false);
  });
});

describe('Aula messages', () => {
  it('personal data in a message not marked "følsom" is held and the dialog asks for the mark; marked, it is sent', async () => {
    await open('/sites/aula-message.html?varsam-site=aula');
    await typeInto(page, '#emne', 'Opfølgning');
    await typeInto(page, '#body', `Vedr. elev med CPR-nr. ${FNR}: se vedhæftede plan.`);
    await page.click('#send');
    await dialog.waitOpen();
    expect(await sent(page)).toBe(0);
    expect(await dialog.text()).toMatch(/not marked as sensitive/);
    await dialog.click('#varsam-cancel');
    await page.click('#sensitive');
    await page.click('#send');
    expect(await dialog.isOpen()).toBe(false);
    expect(await sentItems(page)).toEqual([{ body: `Vedr. elev med CPR-nr. ${FNR}: se vedhæftede plan.`, sensitive: true }]);
  });
});

describe('URL presets', () => {
  it('a preset teaches the generic adapter a platform\'s own publish button (Kidplan)', async () => {
    await open('/sites/preset-kidplan.html');
    await typeInto(page, '#text', `Bursdag for ${FNR}`);
    await page.click('#post');
    expect(await sent(page)).toBe(1); // the generic adapter alone does not know "Legg ut på tavla"
    await page.close();

    await open('/sites/preset-kidplan.html?varsam-site=kidplan');
    await typeInto(page, '#text', `Bursdag for ${FNR}`);
    await page.click('#post');
    await dialog.waitOpen();
    expect(await sent(page)).toBe(0);
    await dialog.click('#varsam-proceed');
    await waitFor(() => sent(page), (n) => n > 0);
    const { events } = await readLog(await ext.worker());
    expect(events.at(-1)).toMatchObject({ adapter: 'kidplan', decision: 'overridden' });
  });
});

describe('the badge', () => {
  const badge = async () => {
    const worker = await ext.worker();
    return worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return { text: await chrome.action.getBadgeText({ tabId: tab!.id! }), title: await chrome.action.getTitle({ tabId: tab!.id! }) };
    });
  };

  it('shows that the page is guarded and by which adapter', async () => {
    await open('/sites/gmail.html?varsam-site=gmail');
    await page.bringToFront();
    const b = await waitFor(badge, (v) => v.title.includes('Gmail'));
    expect(b).toEqual({ text: '✓', title: 'Varsam guards this page (Gmail)' });
  });

  it('says so when the adapter expected on a site finds none of its controls (badge and popup)', async () => {
    await open('/sites/generic-publish.html?varsam-site=gmail&varsam-missing-after=300');
    await page.bringToFront();
    const b = await waitFor(badge, (v) => v.text === '!');
    expect(b.text).toBe('!');
    expect(b.title).toMatch(/Gmail controls not found/);
    const worker = await ext.worker();
    const popupTarget = ext.browser.waitForTarget((t) => t.url().endsWith('/popup.html'));
    await worker.evaluate(() => chrome.action.openPopup());
    const popup = (await (await popupTarget).asPage())!;
    await popup.waitForSelector('#adapter-missing');
    expect(await popup.$eval('#adapter-missing', (e) => e.textContent)).toMatch(/cannot find its controls/);
    await popup.close();
  });
});

describe('where composers live', () => {
  it('a same-origin iframe is guarded', async () => {
    await open('/sites/frame-host.html');
    const frame = page.frames().find((f) => f.url().endsWith('generic-publish.html'))!;
    await frame.waitForSelector('#post');
    const anyDialog = await AnyFrameDialog.attach(page);
    await frame.type('#post', `fnr ${FNR}`);
    await frame.click('#publish');
    await anyDialog.waitOpen();
    const published = () => frame.evaluate(() => (window as unknown as { __published: string[] }).__published.length);
    expect(await published()).toBe(0);
    expect(await anyDialog.text()).toContain('•••••••••22');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitFor(published, (n) => n > 0);
    expect(await published()).toBe(1);
  });

  it('a composer that appears later inside an open shadow root is guarded (generic adapter)', async () => {
    await open('/sites/generic-kinds.html');
    await page.click('#open');
    await page.waitForSelector('post-composer >>> #text');
    await page.type('post-composer >>> #text', `Hei! Eleven (${FNR}) har fått plass.`);
    await page.click('post-composer >>> #share');
    await dialog.waitOpen();
    expect(await sent(page)).toBe(0);
    await dialog.click('#varsam-cancel');
    expect(await page.$eval('post-composer >>> #text', (el) => (el as HTMLTextAreaElement).value)).toContain(FNR);
    await page.click('post-composer >>> #share');
    await dialog.waitOpen();
    await dialog.click('#varsam-proceed');
    await waitFor(() => sent(page), (n) => n > 0);
    await pause(200);
    expect(await sent(page)).toBe(1);
    const { events } = await readLog(await ext.worker());
    expect(events.at(-1)).toMatchObject({ adapter: 'generic', decision: 'overridden', action: 'post' });
  });

  it('forms for one\'s own details (autocomplete name/tel) and searches are not held', async () => {
    await open('/sites/generic-kinds.html');
    await typeInto(page, '#su-name', 'Kari Nordmann');
    await typeInto(page, '#su-tel', '912 34 567');
    await page.keyboard.press('Enter');
    await typeInto(page, '#q', `Ola Hansen ${FNR}`);
    await page.keyboard.press('Enter');
    await waitFor(() => sent(page), (n) => n >= 2, 2000);
    expect(await sentItems(page)).toEqual([{ signup: 'Kari Nordmann' }, { search: `Ola Hansen ${FNR}` }]);
    expect(await dialog.isOpen()).toBe(false);
  });

  it('a form sent by pressing Enter in a field is held and submitted once with requestSubmit', async () => {
    await open('/sites/generic-kinds.html');
    await typeInto(page, '#quick-text', `Gjelder ${FNR}`);
    await page.keyboard.press('Enter');
    await dialog.waitOpen();
    expect(await sent(page)).toBe(0);
    await dialog.click('#varsam-proceed');
    await waitFor(() => sent(page), (n) => n > 0);
    await pause(200);
    expect(await sentItems(page)).toEqual([{ quick: `Gjelder ${FNR}` }]);
  });
});

describe('the detectors load lazily', () => {
  it('a publish before any other activity on the page waits for them, then is checked as usual', async () => {
    await open('/sites/generic-publish.html');
    const published = () => page.evaluate(() => (window as unknown as { __published: string[] }).__published.length);
    // No focus, key or pointer before the click: the detectors are not loaded yet.
    await page.evaluate((fnr) => { (document.getElementById('post') as HTMLTextAreaElement).value = `fnr ${fnr}`; document.getElementById('publish')!.click(); }, FNR);
    await dialog.waitOpen();
    expect(await published()).toBe(0);
    await page.close();

    await open('/sites/generic-publish.html');
    await page.evaluate(() => { (document.getElementById('post') as HTMLTextAreaElement).value = 'Husk gymtøy.'; document.getElementById('publish')!.click(); });
    await waitFor(published, (n) => n > 0);
    await pause(200);
    expect(await published()).toBe(1);
    expect(await dialog.isOpen()).toBe(false);
  });
});

describe('files', () => {
  const delivered = () => page.evaluate(() => (window as unknown as { __files: Array<{ via: string; names: string[] }> }).__files);

  it('a picked file with personal data is held before the site sees it; Cancel leaves it out; "anyway" delivers it once', async () => {
    await open('/sites/files.html');
    const picker = (await fileInput('#picker'))!;
    await picker.uploadFile(join(files, 'elevliste.txt'));
    await dialog.waitOpen();
    expect(await dialog.text()).toContain('elevliste.txt');
    expect(await delivered()).toEqual([]);
    await dialog.click('#varsam-cancel');
    await pause(100);
    expect(await delivered()).toEqual([]);
    expect(await page.$eval('#picker', (el) => (el as HTMLInputElement).files!.length)).toBe(0);

    await picker.uploadFile(join(files, 'elevliste.txt'));
    await dialog.waitOpen();
    await dialog.click('#varsam-proceed');
    await waitFor(delivered, (d) => d.length > 0);
    await pause(100);
    expect(await delivered()).toEqual([{ via: 'change', names: ['elevliste.txt'] }]);
  });

  it('a clean file reaches the site without a dialog', async () => {
    await open('/sites/files.html');
    await (await fileInput('#picker'))!.uploadFile(join(files, 'dugnad.txt'));
    const d = await waitFor(delivered, (v) => v.length > 0, 2000);
    expect(d).toEqual([{ via: 'change', names: ['dugnad.txt'] }]);
    expect(await dialog.isOpen()).toBe(false);
  });

  for (const via of ['drop', 'paste'] as const) {
    it(`a ${via}ped file with personal data is held; "anyway" delivers it once`, async () => {
      await open('/sites/files.html');
      const fire = () => page.evaluate((how, fnr) => {
        const dt = new DataTransfer();
        dt.items.add(new File([`Elev;${fnr}`], 'kartlegging.csv', { type: 'text/csv' }));
        const target = document.getElementById(how === 'drop' ? 'dropzone' : 'pastebox')!;
        const event = how === 'drop'
          ? new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true })
          : new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
        target.dispatchEvent(event);
      }, via, FNR);
      await fire();
      await dialog.waitOpen();
      expect(await delivered()).toEqual([]);
      await dialog.click('#varsam-cancel');
      await pause(100);
      expect(await delivered()).toEqual([]);
      await fire();
      await dialog.waitOpen();
      await dialog.click('#varsam-proceed');
      await waitFor(delivered, (d) => d.length > 0);
      await pause(100);
      expect(await delivered()).toEqual([{ via, names: ['kartlegging.csv'] }]);
    });
  }
});

describe('fail safe', () => {
  it('a check that throws holds the action and says so; it is never let through silently', async () => {
    // A malformed scan option (test builds only) makes the detectors throw inside the check.
    await setGuardSettings({ scanOptions: { today: 'not a date' } });
    await open('/sites/generic-publish.html');
    await page.type('#post', 'Foreldremøte tirsdag kl. 18.');
    await page.click('#publish');
    await dialog.waitOpen();
    expect(await page.evaluate(() => (window as unknown as { __published: string[] }).__published.length)).toBe(0);
    expect(await dialog.text()).toContain('could not check');
    await dialog.click('#varsam-cancel');
    expect(await page.evaluate(() => (window as unknown as { __published: string[] }).__published.length)).toBe(0);
  });
});
