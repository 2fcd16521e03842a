import type { Incident } from '../model';
import type { RenderContext, ReportDocument } from './document';
import { values } from './values';

/**
 * Sweden: IMY's e-service "Anmälan av personuppgiftsincident", in its order: contact, the
 * incident (when it happened, when discovered, when it ended, type, description), data subjects
 * (25: groups, how many), data (26: kinds), consequences (28) and severity, measures (30),
 * informing the data subjects (32/34/35), and other information (the notification becomes a
 * public document at IMY: ask for confidentiality there).
 */
export function renderSweden(incident: Incident, ctx: RenderContext): ReportDocument {
  const { t } = ctx;
  const v = values(incident, ctx);
  return {
    title: t('report.se.title'),
    sections: [
      { heading: t('report.s.contact'), fields: [{ label: t('report.f.dpo'), value: v.dpo }, { label: t('report.f.reporter'), value: v.reporter }] },
      {
        heading: t('report.s.incident'),
        fields: [
          { label: t('report.f.occurredAt'), value: v.occurred },
          { label: t('report.f.discoveredAt'), value: v.discovered },
          { label: t('report.f.endedAt'), value: v.ended },
          { label: t('report.f.cause'), value: v.cause },
          { label: t('report.f.whatHappened'), value: v.or(incident.whatHappened) },
          { label: t('report.f.site'), value: v.site },
          { label: t('report.f.howItHappened'), value: v.or(incident.howItHappened) },
        ],
      },
      {
        heading: t('report.s.subjects'),
        fields: [
          { label: t('report.f.groups'), value: v.groups },
          { label: t('report.f.approxPersons'), value: v.persons },
          { label: t('report.f.approxRecords'), value: v.records },
        ],
      },
      { heading: t('report.s.data'), fields: [{ label: t('report.f.kinds'), value: v.kinds }, { label: t('report.f.whereNow'), value: v.or(incident.whereNow) }] },
      {
        heading: t('report.s.consequences'),
        fields: [{ label: t('report.f.consequences'), value: v.or(incident.consequences) }, { label: t('report.f.severity'), value: v.severity }],
      },
      {
        heading: t('report.s.measures'),
        fields: [
          { label: t('report.f.measuresTaken'), value: v.measures },
          { label: t('report.f.planned'), value: v.or(incident.measures.planned) },
          { label: t('report.f.prevent'), value: v.or(incident.measures.prevent) },
        ],
      },
      {
        heading: t('report.s.informing'),
        fields: [
          { label: t('report.f.informed'), value: v.informed },
          { label: t('report.f.how'), value: v.or(incident.informed.how) },
          { label: t('report.f.whyNot'), value: v.or(incident.informed.whyNot) },
        ],
      },
      {
        heading: t('report.s.other'),
        note: t('report.se.publicRecord'),
        fields: v.late ? [{ label: t('report.f.delayReason'), value: v.or(incident.delayReason) }] : [],
      },
    ],
    notes: v.notes,
  };
}
