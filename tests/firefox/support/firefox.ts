import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { acquireMachineLock } from '../../e2e/support/machine-lock';

/** Built by `npm run build:test:firefox`. */
export const FIREFOX_EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/firefox-mv3-test');
/** The add-on ID (wxt.config.ts GECKO_ID). */
export const GECKO_ID = 'varsam@varsam.eu';
/** Fixed through the pref extensions.webextensions.uuids, so moz-extension:// URLs are known. */
export const EXTENSION_UUID = '5f0b6c1e-7a4d-4c2b-9e3f-1a2b3c4d5e6f';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

const CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr', '/usr/lib/firefox/firefox'];

/** Firefox: $FIREFOX_PATH first, then the usual places. Throws with install advice. */
export function findFirefox(): string {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`FIREFOX_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  throw new Error(
    'No Firefox found for the Firefox end-to-end tests.\n' +
    '  On Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y firefox-esr\n' +
    '  Or point FIREFOX_PATH at a Firefox (128 or newer):  FIREFOX_PATH=/path/to/firefox npm test',
  );
}

/**
 * The policies.json this Firefox reads at start: `distribution/` next to the real program
 * (Debian's firefox-esr: /usr/lib/firefox-esr/distribution, a link to
 * /usr/share/firefox-esr/distribution). Machine-wide: every Firefox started meanwhile reads it.
 */
export function policiesFile(executable = findFirefox()): string {
  return join(dirname(realpathSync(executable)), 'distribution', 'policies.json');
}

/**
 * Writes policies.json with `policy` as Varsam's 3rdparty policy, or, given a string, exactly
 * that text (to test a broken file); `undefined` removes the file.
 */
export function writeFirefoxPolicy(policy: Record<string, unknown> | string | undefined, file = policiesFile()): void {
  if (policy === undefined) {
    rmSync(file, { force: true });
    rmSync(WRITTEN_MARK, { force: true });
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(WRITTEN_MARK, file);
  writeFileSync(file, typeof policy === 'string' ? policy
    : JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: policy } } } }, null, 2));
}

/** Names the policies.json a test wrote, so one left behind by a killed run can be removed. */
const WRITTEN_MARK = '/tmp/varsam-firefox-policy.written';

/** Under the shared lock no session has a policy in place: a file a test wrote is left over. */
function removeLeftOverPolicy(): void {
  if (!existsSync(WRITTEN_MARK)) return;
  writeFirefoxPolicy(undefined, readFileSync(WRITTEN_MARK, 'utf8'));
}

export interface FirefoxWithExtension {
  browser: Browser;
  /**
   * Opens one of the extension's pages (popup.html, options.html) in a new tab; needs
   * `extensionPages`. Navigation is started without waiting (Puppeteer never sees the load
   * event of a moz-extension:// page), then the page is polled until it has rendered `ready`.
   */
  openExtensionPage(path: string, ready: string): Promise<Page>;
  close(): Promise<void>;
}

/**
 * Real Firefox (headless, WebDriver BiDi) with the built Firefox extension installed as a
 * temporary add-on in a fresh profile. With `policy`, Varsam's admin policy is written to
 * Firefox's policies.json first (machine-wide, so the session takes the machine lock
 * exclusively, and the file is removed on close); without, the session shares the lock, so it
 * never overlaps a session that has a policy file in place.
 */
export async function launchFirefoxWithExtension(options: {
  lang?: string;
  prefs?: Record<string, unknown>;
  /**
   * Lets WebDriver BiDi open the extension's own pages (popup, options): Firefox refuses
   * navigation to moz-extension:// unless the remote agent is started with
   * --remote-allow-system-access (RemoteAgent.allowSystemAccess).
   */
  extensionPages?: boolean;
  /** Varsam's policy in policies.json (3rdparty.Extensions), or the file's whole text. */
  policy?: Record<string, unknown> | string;
} = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run "npm run build:test:firefox" first (npm test does).`);
  }
  const release = await acquireMachineLock(options.policy === undefined ? 'shared' : 'exclusive');
  const file = options.policy === undefined ? undefined : policiesFile();
  const cleanUp = () => {
    try { if (file) writeFirefoxPolicy(undefined, file); } finally { release(); }
  };
  try {
    if (file) writeFirefoxPolicy(options.policy, file);
    else removeLeftOverPolicy();
  } catch (error) {
    cleanUp();
    throw error;
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'varsam-firefox-'));
  const lang = options.lang ?? 'en-US';
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: findFirefox(),
      headless: true,
      userDataDir,
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        'intl.locale.requested': lang,
        'intl.accept_languages': lang,
        ...options.prefs,
      },
      env: { ...process.env, LANG: 'en_US.UTF-8' },
      args: options.extensionPages ? ['--remote-allow-system-access'] : [],
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    cleanUp();
    throw error;
  }
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
    cleanUp();
    throw error;
  }
  return {
    browser,
    openExtensionPage: async (path, ready) => {
      const page = await browser.newPage();
      const bidi = (browser as unknown as { connection: { send(method: string, params: object): Promise<unknown> } }).connection;
      const context = (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext.id;
      await bidi.send('browsingContext.navigate', { context, url: `${EXTENSION_ORIGIN}/${path}`, wait: 'none' });
      const end = Date.now() + 20_000;
      for (;;) {
        const found = await page.evaluate((sel) => location.protocol === 'moz-extension:' && !!document.querySelector(sel), ready).catch(() => false);
        if (found) return page;
        if (Date.now() > end) throw new Error(`${path} did not show ${ready}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    close: async () => {
      try { await browser.close(); } finally {
        rmSync(userDataDir, { recursive: true, force: true });
        cleanUp();
      }
    },
  };
}
