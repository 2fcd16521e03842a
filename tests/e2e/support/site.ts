import type { Page } from 'puppeteer-core';

/** Synthetic test identities (navikt/fnrvalidator vectors, tests/vectors): a valid fødselsnummer and D-number. */
export const FNR = '13097248022';
export const DNR = '53097248016';

/** What the fixture site's own handlers sent (tests/fixtures/sites/_record.js). */
export const sent = (page: Page) => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length);
export const sentItems = <T = Record<string, unknown>>(page: Page) => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent) as Promise<T[]>;

/** Types into a field the way a user does: click into it, then keystrokes (works for contenteditable editors). */
export async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector);
  await page.keyboard.type(text);
}

/** Text of a field (value or innerText), also inside a same-origin iframe given as `iframe >>> selector`. */
export async function fieldText(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => {
    const [frameSel, inner] = sel.split(' >>> ');
    const root = inner ? (document.querySelector(frameSel!) as HTMLIFrameElement).contentDocument! : document;
    const el = root.querySelector(inner ?? frameSel!) as HTMLElement & { value?: string };
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : el.innerText;
  }, selector);
}

export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function pressCtrlEnter(page: Page): Promise<void> {
  await page.keyboard.down('Control');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Control');
}

/** ⌘+Enter, the send shortcut on a Mac (the event's metaKey is set). */
export async function pressMetaEnter(page: Page): Promise<void> {
  await page.keyboard.down('Meta');
  await page.keyboard.press('Enter');
  await page.keyboard.up('Meta');
}
