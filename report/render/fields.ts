import type { Incident } from '../model';
import type { RenderContext, ReportField, ReportSection } from './document';
import { values } from './values';

/** The report's fields by key; each key's label is `report.f.<key>`. Renderers only choose and order them. */
export type FieldKey =
  | 'dpo' | 'reporter' | 'occurredAt' | 'discoveredAt' | 'endedAt' | 'ongoing' | 'deadline' | 'period' | 'delayReason'
  | 'cause' | 'whatHappened' | 'site' | 'howItHappened' | 'groups' | 'approxPersons' | 'approxRecords' | 'kinds'
  | 'whereNow' | 'consequences' | 'severity' | 'measuresTaken' | 'planned' | 'prevent' | 'informed' | 'how' | 'whyNot';

/** Shared field values plus helpers that build fields and sections from keys, so every renderer says the same thing the same way. */
export function reportFields(incident: Incident, ctx: RenderContext) {
  const { t } = ctx;
  const v = values(incident, ctx);
  const value: Record<FieldKey, string> = {
    dpo: v.dpo, reporter: v.reporter, occurredAt: v.occurred, discoveredAt: v.discovered, endedAt: v.ended,
    ongoing: v.ongoing, deadline: v.deadline, period: v.period, delayReason: v.or(incident.delayReason),
    cause: v.cause, whatHappened: v.or(incident.whatHappened), site: v.site, howItHappened: v.or(incident.howItHappened),
    groups: v.groups, approxPersons: v.persons, approxRecords: v.records, kinds: v.kinds, whereNow: v.or(incident.whereNow),
    consequences: v.or(incident.consequences), severity: v.severity, measuresTaken: v.measures,
    planned: v.or(incident.measures.planned), prevent: v.or(incident.measures.prevent), informed: v.informed,
    how: v.or(incident.informed.how), whyNot: v.or(incident.informed.whyNot),
  };
  const fields = (...keys: FieldKey[]): ReportField[] => keys.map((k) => ({ label: t(`report.f.${k}`), value: value[k] }));
  const section = (heading: string, keys: FieldKey[], note?: string): ReportSection =>
    ({ heading: t(`report.s.${heading}`), ...(note ? { note } : {}), fields: fields(...keys) });
  return { v, fields, section };
}
