import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { EXTENSION_DIR } from './support/browser';
import { findChromium } from './support/chromium';
import { acquireMachineLock } from './support/machine-lock';
import { chromeSchemaProblems } from '../../policy/managed-schema';

const dirs: string[] = [];
let release: (() => void) | undefined;
// Waiting for the machine-wide Chromium lock belongs in a hook (hooks may wait for it), not in a test.
beforeAll(async () => { release = await acquireMachineLock('shared'); });
afterAll(() => {
  release?.();
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Loads a copy of the built extension with `schema` as its managed_schema.json into a fresh Chromium. */
async function loadWithSchema(schema: unknown): Promise<string> {
  const ext = mkdtempSync(join(tmpdir(), 'varsam-schema-ext-'));
  const profile = mkdtempSync(join(tmpdir(), 'varsam-schema-profile-'));
  dirs.push(ext, profile);
  cpSync(EXTENSION_DIR, ext, { recursive: true });
  writeFileSync(join(ext, 'managed_schema.json'), JSON.stringify(schema));
  const browser = await puppeteer.launch({
    executablePath: findChromium(), headless: true, userDataDir: profile, pipe: true, enableExtensions: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--enable-unsafe-extension-debugging'],
  });
  try {
    return await browser.installExtension(ext);
  } finally {
    await browser.close();
  }
}

describe('managed_schema.json in Chromium', () => {
  it('the generated schema is in the built extension and Chromium loads the extension with it', async () => {
    const shipped = JSON.parse(readFileSync(join(EXTENSION_DIR, 'managed_schema.json'), 'utf8'));
    expect(chromeSchemaProblems(shipped)).toEqual([]);
    expect(JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')).storage).toEqual({ managed_schema: 'managed_schema.json' });
    expect(await loadWithSchema(shipped)).toMatch(/^[a-p]{32}$/);
  });

  it('a schema Chromium cannot parse stops the extension loading (what the build-time check guards against)', async () => {
    const broken = { type: 'object', properties: { orgName: { type: ['string', 'null'] } } };
    expect(chromeSchemaProblems(broken)).not.toEqual([]);
    await expect(loadWithSchema(broken)).rejects.toThrow(/type/i);
  });
});
