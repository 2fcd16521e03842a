import type { Incident } from '../model';
import type { RenderContext, ReportDocument } from './document';
import { values } from './values';

/**
 * Denmark: Datatilsynet's e-form "Anmeld brud på persondatasikkerheden" on virk.dk, following
 * Art. 33(3): contact, time of the breach and of discovery, description, data subjects and their
 * number, categories of data and records, likely consequences, measures, notification of the
 * data subjects, reason for any delay. No personal data about the affected people belongs here.
 */
export function renderDenmark(incident: Incident, ctx: RenderContext): ReportDocument {
  const { t } = ctx;
  const v = values(incident, ctx);
  return {
    title: t('report.dk.title'),
    sections: [
      { heading: t('report.s.contact'), fields: [{ label: t('report.f.dpo'), value: v.dpo }, { label: t('report.f.reporter'), value: v.reporter }] },
      {
        heading: t('report.s.time'),
        fields: [
          { label: t('report.f.occurredAt'), value: v.occurred },
          { label: t('report.f.discoveredAt'), value: v.discovered },
          { label: t('report.f.ongoing'), value: v.ongoing },
          ...(v.late ? [{ label: t('report.f.delayReason'), value: v.or(incident.delayReason) }] : []),
        ],
      },
      {
        heading: t('report.s.description'),
        fields: [
          { label: t('report.f.whatHappened'), value: v.or(incident.whatHappened) },
          { label: t('report.f.site'), value: v.site },
          { label: t('report.f.cause'), value: v.cause },
          { label: t('report.f.howItHappened'), value: v.or(incident.howItHappened) },
        ],
      },
      { heading: t('report.s.subjects'), fields: [{ label: t('report.f.groups'), value: v.groups }, { label: t('report.f.approxPersons'), value: v.persons }] },
      {
        heading: t('report.s.data'),
        note: t('report.dk.noPersonalData'),
        fields: [
          { label: t('report.f.kinds'), value: v.kinds },
          { label: t('report.f.approxRecords'), value: v.records },
          { label: t('report.f.whereNow'), value: v.or(incident.whereNow) },
        ],
      },
      { heading: t('report.s.consequences'), fields: [{ label: t('report.f.consequences'), value: v.or(incident.consequences) }] },
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
    ],
    notes: v.notes,
  };
}
