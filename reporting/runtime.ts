import { browser } from 'wxt/browser';
import { BADGE_ALARM, ensureReminders, remind, reportOfNotification, scheduleReminders, updateBadge } from './clock';
import { createReportMenu, pageOf, REPORT_COMMAND, REPORT_MENU_ID } from './menu';
import { openReport } from './open';
import { OUTBOX_ALARM, processOutbox } from './outbox';
import { LANGUAGE_SETTING } from '../ui/language';

/**
 * Wires the report feature into the service worker: context menu, keyboard command, reminder
 * and badge alarms, notifications, and the outbox (which resumes on every worker start).
 */
export function installReporting(): void {
  browser.runtime.onInstalled.addListener(() => { void createReportMenu(); });
  browser.runtime.onStartup.addListener(() => { void createReportMenu(); });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && LANGUAGE_SETTING in changes) void createReportMenu().then(() => updateBadge());
  });

  browser.contextMenus.onClicked.addListener(onMenuClick);
  browser.commands.onCommand.addListener(onCommand);
  // Headless Chromium can neither click a context menu nor press a browser shortcut, so test
  // builds hand the very listeners registered above to the end-to-end tests.
  if (import.meta.env.MODE === 'test') Object.assign(globalThis, { varsamReportListeners: { onMenuClick, onCommand } });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === OUTBOX_ALARM) void processOutbox();
    else if (alarm.name === BADGE_ALARM) void updateBadge();
    else void remind(alarm.name).then(() => updateBadge());
  });
  browser.notifications.onClicked.addListener((id) => {
    const reportId = reportOfNotification(id);
    if (reportId) { void openReport({ reportId }); void browser.notifications.clear(id); }
  });

  // Every start of the worker: resume deliveries, reminders and the badge.
  void processOutbox();
  void ensureReminders();
  void updateBadge();
}

type MenuInfo = { menuItemId: string | number; pageUrl?: string; frameUrl?: string };

function onMenuClick(info: MenuInfo, tab?: { url?: string }): void {
  if (info.menuItemId === REPORT_MENU_ID) void openReport({ pageUrl: pageOf(tab, info) });
}

function onCommand(command: string, tab?: { url?: string }): void {
  if (command !== REPORT_COMMAND) return;
  void (async () => {
    const active = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    await openReport({ pageUrl: pageOf(active) });
  })();
}

/** After the report page saved a change: reminders and badge follow the new state. */
export async function reportChanged(id: string): Promise<void> {
  await scheduleReminders(id);
  await updateBadge();
}
