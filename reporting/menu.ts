import { browser } from 'wxt/browser';
import { translator } from '../locales';
import { loadLanguage } from '../ui/language';

/** The context-menu item "Report breach" on any page, and the keyboard command (wxt.config.ts `commands`). */
export const REPORT_MENU_ID = 'varsam-report';
export const REPORT_COMMAND = 'open-report';

/** (Re)creates the menu item in the user's language. */
export async function createReportMenu(): Promise<void> {
  const t = translator(await loadLanguage());
  await browser.contextMenus.remove(REPORT_MENU_ID).catch(() => undefined); // only ours: other features may have items too
  await new Promise<void>((resolve) => {
    browser.contextMenus.create(
      { id: REPORT_MENU_ID, title: t('report.menu'), contexts: ['page', 'frame', 'selection', 'link', 'image', 'editable', 'action'] },
      () => { void browser.runtime.lastError; resolve(); },
    );
  });
}

/** The page a menu click or command came from: the tab's address, or the clicked frame's. */
export function pageOf(tab: { url?: string } | undefined, info?: { pageUrl?: string; frameUrl?: string }): string | undefined {
  return info?.pageUrl ?? tab?.url ?? info?.frameUrl;
}
