import { browser } from 'wxt/browser';
import { translator } from '../locales';
import { loadLanguage } from '../ui/language';
import { reportOwnsBadge } from '../reporting/clock';

/** The toolbar badge of a tab: ✓ guarded (title names the adapter), ! when the expected adapter found none of its controls. */
export async function showStatus(tabId: number, status: { name: string; missing: boolean }): Promise<void> {
  if (await reportOwnsBadge()) return; // an open breach report's countdown has the badge until it is closed
  const t = translator(await loadLanguage());
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await Promise.all([
    action.setBadgeText({ tabId, text: status.missing ? '!' : '✓' }),
    action.setBadgeBackgroundColor({ tabId, color: status.missing ? '#b26a00' : '#1e7a34' }),
    action.setTitle({ tabId, title: t(status.missing ? 'badge.missing' : 'badge.guarded', { adapter: status.name }) }),
  ]).catch(() => undefined);
}
