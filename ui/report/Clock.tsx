import type { Translate } from '../../locales';
import { deadlineOf, formatInZone, remaining } from '../../report/deadline';

/** The 72-hour countdown from discovery, with the deadline in the user's time zone. */
export function Clock({ t, discoveredAt, now, timeZone, locale }: {
  t: Translate; discoveredAt: string; now: Date; timeZone: string; locale: string;
}) {
  const discovered = new Date(discoveredAt);
  const left = remaining(discovered, now);
  return (
    <div id="clock" class={left.late ? 'clock late' : left.hours < 12 ? 'clock urgent' : 'clock'}
      role="timer" aria-labelledby="clock-label" data-remaining-ms={left.ms} data-deadline={deadlineOf(discovered).toISOString()}>
      <p id="clock-label" class="clock-label">{t('report.clock.label')}</p>
      <p id="clock-left" class="clock-left">
        {left.late ? t('report.clock.late', { hours: left.hours, minutes: left.minutes }) : t('report.clock.left', { hours: left.hours, minutes: left.minutes })}
      </p>
      <p id="clock-deadline">{t('report.clock.deadline', { time: formatInZone(deadlineOf(discovered), timeZone, locale) })}</p>
      <p class="hint">{t('report.clock.reminders')}</p>
    </div>
  );
}
