import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './browser';
import type { FixtureServer } from './server';
import { VarsamDialog } from './closed-shadow';
import { pause } from './site';

/**
 * Opens the fixture upload page (tests/fixtures/sites/upload.html) in a new tab, picks `names`
 * from `dir` in its file input as a user would, and waits for Varsam's dialog about them.
 */
export async function pickOnUploadPage(ext: ExtensionBrowser, server: FixtureServer, dir: string, names: string[], timeout = 20_000): Promise<{ page: Page; dialog: VarsamDialog }> {
  const page = await ext.browser.newPage();
  await page.goto(server.url('/sites/upload.html'));
  const dialog = await VarsamDialog.attach(page);
  await pause(50);
  const input = (await page.$('#upload')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...names.map((n) => join(dir, n)));
  await dialog.waitOpen(timeout);
  return { page, dialog };
}
