import { describe, expect, it } from 'vitest';
import {
  badgeText, deadlineOf, formatInZone, fromLocalInput, reminderTimes, remaining, toLocalInput, zoneOffset,
} from '../../report/deadline';

describe('the 72-hour clock', () => {
  it('runs 72 real hours from discovery, weekends included', () => {
    // Discovered Friday 16:30 in Oslo (winter, UTC+1): the deadline is Monday 16:30.
    const discovered = fromLocalInput('2026-11-20T16:30', 'Europe/Oslo');
    expect(discovered.toISOString()).toBe('2026-11-20T15:30:00.000Z');
    expect(toLocalInput(deadlineOf(discovered), 'Europe/Oslo')).toBe('2026-11-23T16:30');
  });

  it('moves the wall-clock deadline by an hour across the spring change (Oslo, Stockholm, Copenhagen)', () => {
    for (const zone of ['Europe/Oslo', 'Europe/Stockholm', 'Europe/Copenhagen']) {
      // 28 March 2026 10:00 CET; clocks go forward on 29 March: 72 h later it is 11:00 CEST.
      const discovered = fromLocalInput('2026-03-28T10:00', zone);
      const deadline = deadlineOf(discovered);
      expect(deadline.getTime() - discovered.getTime()).toBe(72 * 3_600_000);
      expect(toLocalInput(deadline, zone)).toBe('2026-03-31T11:00');
      expect(formatInZone(deadline, zone, 'en-GB')).toBe('31/03/2026, 11:00 (UTC+02:00)');
    }
  });

  it('and back across the autumn change', () => {
    const discovered = fromLocalInput('2026-10-24T10:00', 'Europe/Oslo'); // CEST; clocks go back 25 Oct
    expect(toLocalInput(deadlineOf(discovered), 'Europe/Oslo')).toBe('2026-10-27T09:00');
  });

  it('reads a time in the spring gap forward and an ambiguous autumn time as the earlier one', () => {
    // 02:30 does not exist on 29 March 2026 in Oslo: it is read as 03:30 summer time.
    expect(fromLocalInput('2026-03-29T02:30', 'Europe/Oslo').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    // 02:30 happens twice on 25 October 2026: the first (summer time, UTC+2) is taken.
    expect(fromLocalInput('2026-10-25T02:30', 'Europe/Oslo').toISOString()).toBe('2026-10-25T00:30:00.000Z');
  });

  it('works in any zone, also far from the Nordics and across midnight UTC', () => {
    expect(fromLocalInput('2026-11-22T08:15', 'America/New_York').toISOString()).toBe('2026-11-22T13:15:00.000Z');
    expect(fromLocalInput('2026-11-22T08:15', 'UTC').toISOString()).toBe('2026-11-22T08:15:00.000Z');
    expect(toLocalInput(new Date('2026-11-22T23:30:00Z'), 'Europe/Copenhagen')).toBe('2026-11-23T00:30');
    expect(zoneOffset(Date.parse('2026-07-01T12:00:00Z'), 'Europe/Stockholm')).toBe(7_200_000);
  });

  it('counts down to the minute and says when it is late', () => {
    const discovered = new Date('2026-11-22T10:00:00Z');
    expect(remaining(discovered, new Date('2026-11-22T10:00:00Z'))).toMatchObject({ late: false, hours: 72, minutes: 0 });
    expect(remaining(discovered, new Date('2026-11-24T09:29:30Z'))).toMatchObject({ late: false, hours: 24, minutes: 30 });
    expect(remaining(discovered, new Date('2026-11-25T11:15:00Z'))).toMatchObject({ late: true, hours: 1, minutes: 15 });
    expect(badgeText(discovered, new Date('2026-11-22T10:30:00Z'))).toBe('71h');
    expect(badgeText(discovered, new Date('2026-11-25T09:30:00Z'))).toBe('<1h');
    expect(badgeText(discovered, new Date('2026-11-25T10:00:01Z'))).toBe('!');
  });

  it('schedules reminders only in the future', () => {
    const discovered = new Date('2026-11-22T10:00:00Z');
    expect(reminderTimes(discovered, discovered).map((r) => r.hours)).toEqual([24, 48, 66, 71, 72]);
    const later = reminderTimes(discovered, new Date('2026-11-24T12:00:00Z'));
    expect(later.map((r) => r.hours)).toEqual([66, 71, 72]);
    expect(later[0]!.at.toISOString()).toBe('2026-11-25T04:00:00.000Z');
  });

  it('rejects what is not a local date-time', () => {
    expect(() => fromLocalInput('22.11.2026 10:00', 'Europe/Oslo')).toThrow(RangeError);
  });
});
