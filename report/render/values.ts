import type { FindingKind } from '../../detectors/core/finding';
import { deadlineOf, formatInZone, remaining } from '../deadline';
import type { Incident } from '../model';
import type { RenderContext } from './document';

/** Shared wording of values, so every renderer says the same thing the same way. */
export function values(incident: Incident, ctx: RenderContext) {
  const { t } = ctx;
  const none = t('report.notGiven');
  const time = (iso: string | undefined) => (iso ? formatInZone(new Date(iso), ctx.timeZone, ctx.locale) : t('report.unknown'));
  const or = (s: string) => (s.trim() ? s.trim() : none);
  const list = (items: string[]) => (items.length ? items.join(', ') : none);

  const kinds = Object.entries(incident.kinds)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([k, n]) => t('report.kindCount', { kind: t(`kind.${k as FindingKind}`), count: n! }));
  const kindLines = [...kinds];
  if (incident.imagesWithFaces) kindLines.push(t('report.faces'));
  if (incident.otherData.trim()) kindLines.push(incident.otherData.trim());

  const site = incident.source.origin ? `${incident.source.origin}${incident.source.path ?? ''}` : none;
  const late = remaining(new Date(incident.discoveredAt), ctx.now).late;
  const reporter = [incident.reporter.name, incident.reporter.role, incident.reporter.unit, incident.reporter.contact]
    .map((s) => s.trim()).filter(Boolean).join(', ');
  const dpo = [incident.dpo.name, incident.dpo.email, incident.dpo.phone].map((s) => s.trim()).filter(Boolean).join(', ');
  const measures = [...incident.measures.taken.filter((m) => m !== 'other').map((m) => t(`report.measure.${m}`))];
  if (incident.measures.takenText.trim()) measures.push(incident.measures.takenText.trim());
  const count = (n: number | undefined) => (n === undefined ? t('report.unknown') : String(n));

  return {
    none, or, time,
    reporter: or(reporter),
    dpo: or(dpo),
    site,
    occurred: time(incident.occurredAt),
    discovered: time(incident.discoveredAt),
    deadline: formatInZone(deadlineOf(new Date(incident.discoveredAt)), ctx.timeZone, ctx.locale),
    ongoing: incident.ongoing ? t('report.yes') : t('report.no'),
    ended: incident.ongoing ? t('report.ongoing') : time(incident.endedAt),
    period: incident.ongoing
      ? `${time(incident.occurredAt)} – ${t('report.ongoing')}`
      : incident.endedAt ? `${time(incident.occurredAt)} – ${time(incident.endedAt)}` : time(incident.occurredAt),
    cause: incident.cause ? t(`report.cause.${incident.cause}`) : none,
    groups: list(incident.affected.groups.map((g) => t(`report.group.${g}`))),
    persons: count(incident.affected.approxPersons),
    records: count(incident.affected.approxRecords),
    kinds: kindLines.length ? kindLines.join('\n') : none,
    measures: list(measures),
    informed: t(`report.informed.${incident.informed.status}`),
    severity: incident.severity ? t(`report.severity.${incident.severity}`) : none,
    late,
    notes: [
      ...(incident.phased ? [t('report.phasedNote')] : []),
      ...(late ? [t('report.lateNote', { reason: or(incident.delayReason) })] : []),
    ],
  };
}
