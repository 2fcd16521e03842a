import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type WebWorker } from 'puppeteer-core';
import { findChromium } from './chromium';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3-test');
/** Fixed by keys/dev-pub.b64 in test builds. */
export const EXTENSION_ID = 'eecckndcfhgaigbcghpmakhgfkbcpcno';

const QUIET = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
];

export interface ExtensionBrowser {
  browser: Browser;
  extensionId: string;
  /** The extension's service worker, for evaluating code in the extension's origin. */
  worker(): Promise<WebWorker>;
  close(): Promise<void>;
}

/** Launches real Chromium (headless) with the built extension loaded and a fresh profile. */
export async function launchWithExtension(options: { lang?: string } = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build:test" first (npm test does).`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'varsam-e2e-'));
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    userDataDir,
    pipe: true,
    enableExtensions: [EXTENSION_DIR],
    args: [...QUIET, '--enable-unsafe-extension-debugging', `--lang=${options.lang ?? 'en-US'}`],
    env: { ...process.env, LANGUAGE: options.lang ?? 'en-US' },
  });
  const worker = async () => {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${EXTENSION_ID}/`),
      { timeout: 20_000 },
    );
    return (await target.worker())!;
  };
  await worker();
  return {
    browser,
    extensionId: EXTENSION_ID,
    worker,
    close: async () => {
      await browser.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
