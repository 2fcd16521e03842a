import { mkdtempSync, rmSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type WebWorker } from 'puppeteer-core';
import { findChromium } from './chromium';
import { acquireMachineLock } from './machine-lock';

export const EXTENSION_DIR = resolve(import.meta.dirname, '../../../.output/chrome-mv3-test');
/** Fixed by keys/dev-pub.b64 in test builds. */
export const EXTENSION_ID = 'eecckndcfhgaigbcghpmakhgfkbcpcno';

const QUIET = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-default-apps', '--no-default-browser-check',
];

/** Chromium reads machine-wide managed policies here (Linux). Written only while holding the machine lock. */
export const POLICY_FILE = '/etc/chromium/policies/managed/varsam-e2e.json';

/** Writes (or, with `undefined`, removes) the managed policy Chromium gives the extension. */
export function writeManagedPolicy(policy: Record<string, unknown> | undefined): void {
  if (policy === undefined) { rmSync(POLICY_FILE, { force: true }); return; }
  mkdirSync('/etc/chromium/policies/managed', { recursive: true });
  writeFileSync(POLICY_FILE, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: policy } } }, null, 2));
}

export interface LaunchOptions {
  /** UI language of the browser, e.g. `nb-NO`. */
  lang?: string;
  /** Take the machine to this session alone (implied by `policy`); needed for setPolicy(). */
  exclusive?: boolean;
  /** Managed policy (storage.managed) for the extension; removed again on close. */
  policy?: Record<string, unknown>;
  /** Reuse this profile folder (to restart the browser with the same profile); it is kept on close. */
  userDataDir?: string;
  /** IANA time zone of the browser, e.g. `Europe/Oslo` (default: the machine's). */
  timeZone?: string;
}

export interface ExtensionBrowser {
  /** Replaces the managed policy while the browser runs (Chromium picks it up within seconds). */
  setPolicy(policy: Record<string, unknown> | undefined): void;
  browser: Browser;
  extensionId: string;
  /** The extension's service worker, for evaluating code in the extension's origin. */
  worker(): Promise<WebWorker>;
  close(): Promise<void>;
}

/** Launches real Chromium (headless) with the built extension loaded and a fresh profile. */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${EXTENSION_DIR}: run "npm run build:test" first (npm test does).`);
  }
  // Sessions that manage policy need the machine to themselves; the others may run side by side.
  const exclusive = options.exclusive ?? options.policy !== undefined;
  const release = await acquireMachineLock(exclusive ? 'exclusive' : 'shared');
  if (exclusive) writeManagedPolicy(options.policy);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'varsam-e2e-'));
  const cleanUp = () => {
    if (exclusive) writeManagedPolicy(undefined);
    if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    release();
  };
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath: findChromium(),
      headless: true,
      userDataDir,
      pipe: true,
      enableExtensions: [EXTENSION_DIR],
      args: [...QUIET, '--enable-unsafe-extension-debugging', `--lang=${options.lang ?? 'en-US'}`],
      env: { ...process.env, LANGUAGE: options.lang ?? 'en-US', ...(options.timeZone ? { TZ: options.timeZone } : {}) },
    });
  } catch (error) {
    cleanUp();
    throw error;
  }
  const worker = async () => {
    const target = await browser.waitForTarget(
      (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${EXTENSION_ID}/`),
      { timeout: 20_000 },
    );
    return (await target.worker())!;
  };
  try {
    await worker();
  } catch (error) {
    await browser.close();
    cleanUp();
    throw error;
  }
  return {
    browser,
    extensionId: EXTENSION_ID,
    worker,
    setPolicy: (policy) => {
      if (!exclusive) throw new Error('setPolicy needs a session launched with { policy } or { exclusive: true }');
      writeManagedPolicy(policy);
    },
    close: async () => {
      try {
        await browser.close();
      } finally {
        cleanUp();
      }
    },
  };
}
