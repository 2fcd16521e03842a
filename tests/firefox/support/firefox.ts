import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

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

export interface FirefoxWithExtension {
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Real Firefox (headless, WebDriver BiDi) with the built Firefox extension installed as a
 * temporary add-on in a fresh profile. Firefox reads no machine-wide policy here, so no lock.
 */
export async function launchFirefoxWithExtension(options: { lang?: string; prefs?: Record<string, unknown> } = {}): Promise<FirefoxWithExtension> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${FIREFOX_EXTENSION_DIR}: run "npm run build:test:firefox" first (npm test does).`);
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
    });
  } catch (error) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    browser,
    close: async () => {
      try { await browser.close(); } finally { rmSync(userDataDir, { recursive: true, force: true }); }
    },
  };
}
