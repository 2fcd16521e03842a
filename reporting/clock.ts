import { browser } from 'wxt/browser';
import { badgeText, reminderTimes, remaining } from '../report/deadline';
import type { Incident } from '../report/model';
import { translator } from '../locales';
import { loadLanguage } from '../ui/language';
import { getDraft, openDrafts } from './drafts';

/**
 * The 72-hour clock outside the report page: reminder alarms with notifications, and the
 * toolbar badge counting down while a report is open (it stands in for the guard state until
 * every report is closed).
 */
export const BADGE_ALARM = 'varsam-report-badge';
const REMINDER_PREFIX = 'varsam-report:';

const reminderName = (id: string, hours: number) => `${REMINDER_PREFIX}${id}:${hours}`;
export const parseReminder = (name: string): { id: string; hours: number } | undefined => {
  if (!name.startsWith(REMINDER_PREFIX)) return undefined;
  const [id, hours] = name.slice(REMINDER_PREFIX.length).split(':');
  return id && hours ? { id, hours: Number(hours) } : undefined;
};

/** A report needs reminders while it is open and the authority step is not ticked. */
const needsReminders = (r: Incident | undefined): r is Incident => !!r && r.status === 'open' && !r.checklist.authority;

/** (Re)creates a report's reminder alarms from its discovery time; clears them when no longer needed. */
export async function scheduleReminders(id: string, now = new Date()): Promise<void> {
  const report = await getDraft(id);
  const existing = (await browser.alarms.getAll()).filter((a) => a.name.startsWith(`${REMINDER_PREFIX}${id}:`));
  await Promise.all(existing.map((a) => browser.alarms.clear(a.name)));
  if (!needsReminders(report)) return;
  for (const r of reminderTimes(new Date(report.discoveredAt), now)) {
    await browser.alarms.create(reminderName(id, r.hours), { when: r.at.getTime() });
  }
}

/**
 * On every worker start: alarms do not reliably survive a browser restart or an extension
 * reload, so open reports whose reminders are gone get them again.
 */
export async function ensureReminders(): Promise<void> {
  const names = new Set((await browser.alarms.getAll()).map((a) => a.name.slice(0, a.name.lastIndexOf(':') + 1)));
  for (const report of await openDrafts()) {
    if (!names.has(`${REMINDER_PREFIX}${report.id}:`)) await scheduleReminders(report.id);
  }
}

/** Shows the reminder for an alarm, if the report still needs it. */
export async function remind(alarmName: string): Promise<void> {
  const parsed = parseReminder(alarmName);
  if (!parsed) return;
  const report = await getDraft(parsed.id);
  if (!needsReminders(report)) return;
  const t = translator(await loadLanguage());
  const left = remaining(new Date(report.discoveredAt), new Date());
  const options = {
    type: 'basic' as const,
    iconUrl: browser.runtime.getURL('/report/alert-128.png'),
    title: t('report.notify.title'),
    message: left.late ? t('report.notify.late') : t('report.notify.left', { hours: left.hours }),
  };
  try {
    await browser.notifications.create(`${REMINDER_PREFIX}${report.id}`, { ...options, priority: 2, requireInteraction: true });
  } catch {
    await browser.notifications.create(`${REMINDER_PREFIX}${report.id}`, options); // Firefox lacks the Chrome-only options
  }
}

/** The report a notification belongs to. */
export const reportOfNotification = (notificationId: string): string | undefined =>
  notificationId.startsWith(REMINDER_PREFIX) ? notificationId.slice(REMINDER_PREFIX.length) : undefined;

/** While a report is open, its countdown owns the toolbar badge (messaging/badge.ts leaves it alone). */
export async function reportOwnsBadge(): Promise<boolean> {
  try { return (await openDrafts()).length > 0; } catch { return false; }
}

/** Clears each tab's own badge (the guard state), so the global one shows. */
async function clearTabBadges(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => tab.id === undefined ? undefined
    : browser.action.setBadgeText({ tabId: tab.id, text: null as unknown as string }).catch(() => undefined)));
}

/** Badge: hours left of the most urgent open report, over every tab; nothing when none is open. */
export async function updateBadge(now = new Date()): Promise<void> {
  const open = await openDrafts();
  if (!open.length) {
    // Give the badge back only if the countdown had it: the guard's per-tab state is left alone.
    if (await browser.alarms.get(BADGE_ALARM)) {
      await clearTabBadges();
      await browser.action.setBadgeText({ text: '' });
      await browser.action.setTitle({ title: 'Varsam' });
      await browser.alarms.clear(BADGE_ALARM);
    }
    return;
  }
  await clearTabBadges();
  const discovered = new Date(open[0]!.discoveredAt);
  const left = remaining(discovered, now);
  await browser.action.setBadgeText({ text: badgeText(discovered, now) });
  await browser.action.setBadgeBackgroundColor({ color: left.late || left.hours < 12 ? '#b3261e' : '#8a4b00' });
  if (browser.action.setBadgeTextColor) await browser.action.setBadgeTextColor({ color: '#ffffff' });
  const t = translator(await loadLanguage());
  await browser.action.setTitle({ title: `Varsam: ${left.late ? t('report.notify.late') : t('report.clock.left', { hours: left.hours, minutes: left.minutes })}` });
  if (!(await browser.alarms.get(BADGE_ALARM))) await browser.alarms.create(BADGE_ALARM, { periodInMinutes: 1 });
}
