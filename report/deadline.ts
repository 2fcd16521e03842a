/**
 * The 72-hour clock of GDPR Art. 33(1): from the moment the breach was discovered, 72 real hours
 * — weekends, holidays and daylight-saving changes included. The deadline is an instant; only
 * its wall-clock rendering depends on the time zone (across a DST change it moves by an hour).
 */
export const DEADLINE_HOURS = 72;
const HOUR = 3_600_000;

/** Hours after discovery at which a reminder fires (the last one says the deadline has passed). */
export const REMINDER_HOURS = [24, 48, 66, 71, 72] as const;

export const deadlineOf = (discoveredAt: Date): Date => new Date(discoveredAt.getTime() + DEADLINE_HOURS * HOUR);

export interface Remaining {
  /** Milliseconds until the deadline; negative when late. */
  ms: number;
  late: boolean;
  /** Whole hours and minutes of |ms| (rounded down to the minute). */
  hours: number;
  minutes: number;
}

export function remaining(discoveredAt: Date, now: Date): Remaining {
  const ms = deadlineOf(discoveredAt).getTime() - now.getTime();
  const totalMinutes = Math.floor(Math.abs(ms) / 60_000);
  return { ms, late: ms < 0, hours: Math.floor(totalMinutes / 60), minutes: totalMinutes % 60 };
}

/** Short badge text: hours left ("71h"), "<1h" in the last hour, "!" when late. */
export function badgeText(discoveredAt: Date, now: Date): string {
  const r = remaining(discoveredAt, now);
  if (r.late) return '!';
  return r.hours === 0 ? '<1h' : `${r.hours}h`;
}

/** The reminders still ahead of `now`: `{ hours, at }`. */
export function reminderTimes(discoveredAt: Date, now: Date): { hours: number; at: Date }[] {
  return REMINDER_HOURS
    .map((hours) => ({ hours, at: new Date(discoveredAt.getTime() + hours * HOUR) }))
    .filter((r) => r.at.getTime() > now.getTime());
}

const partsFormatter = new Map<string, Intl.DateTimeFormat>();
function zoneParts(instant: number, timeZone: string): number[] {
  let f = partsFormatter.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    partsFormatter.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  return [+p.year!, +p.month!, +p.day!, +p.hour!, +p.minute!, +p.second!];
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (Oslo in summer: +7 200 000). */
export function zoneOffset(instant: number, timeZone: string): number {
  const [y, mo, d, h, mi, s] = zoneParts(instant, timeZone);
  return Date.UTC(y!, mo! - 1, d!, h!, mi!, s!) - (instant - (instant % 1000 + 1000) % 1000);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** `YYYY-MM-DDTHH:mm` wall-clock time in `timeZone` (the value of an `<input type="datetime-local">`). */
export function toLocalInput(instant: Date, timeZone: string): string {
  const [y, mo, d, h, mi] = zoneParts(instant.getTime(), timeZone);
  return `${y}-${pad(mo!)}-${pad(d!)}T${pad(h!)}:${pad(mi!)}`;
}

/**
 * The instant a wall-clock time `YYYY-MM-DDTHH:mm` in `timeZone` means. A time that occurs twice
 * (autumn change) gives the earlier one, so the clock never runs longer than 72 hours; a time that
 * does not exist (spring gap) is read with the offset before the change (02:30 → 03:30 summer time).
 */
export function fromLocalInput(local: string, timeZone: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) throw new RangeError(`Not a local date-time: ${local}`);
  const asUtc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
  const before = asUtc - zoneOffset(asUtc - 12 * HOUR, timeZone);
  const after = asUtc - zoneOffset(asUtc + 12 * HOUR, timeZone);
  const fits = (t: number) => toLocalInput(new Date(t), timeZone) === local.slice(0, 16);
  const candidates = [before, after].filter(fits);
  if (candidates.length) return new Date(Math.min(...candidates));
  return new Date(before);
}

/** A date and time in `timeZone` for a report, with the UTC offset so it cannot be misread. */
export function formatInZone(instant: Date, timeZone: string, locale: string): string {
  const text = new Intl.DateTimeFormat(locale, {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).format(instant);
  const offset = zoneOffset(instant.getTime(), timeZone) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${text} (UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)})`;
}
