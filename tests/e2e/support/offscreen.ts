import type { Page } from 'puppeteer-core';
import { EXTENSION_ID, type ExtensionBrowser } from './browser';

/**
 * Runs `use` in a tab showing the extension's offscreen page, where the file service is exposed
 * as `globalThis.varsamFiles` (entrypoints/offscreen/main.ts), and closes the tab afterwards.
 */
export async function withOffscreenPage<T>(ext: ExtensionBrowser, use: (lab: Page) => Promise<T>): Promise<T> {
  const lab = await ext.browser.newPage();
  try {
    await lab.goto(`chrome-extension://${EXTENSION_ID}/offscreen.html`);
    return await use(lab);
  } finally {
    await lab.close();
  }
}
