import type { Incident } from '../model';
import type { RenderContext, ReportDocument } from './document';
import { values } from './values';

/**
 * The internal report for the leader, the DPO and the security mailbox: the five questions of
 * the Danish procedure (seed 003, step 2) first, then the deviation form of seed 001.
 */
export function renderInternal(incident: Incident, ctx: RenderContext): ReportDocument {
  const { t } = ctx;
  const v = values(incident, ctx);
  const stopped = incident.ongoing ? t('report.ongoing') : v.measures;
  return {
    title: t('report.internal.title'),
    sections: [
      {
        heading: t('report.s.questions'),
        fields: [
          { label: t('report.q.what'), value: [v.or(incident.whatHappened), `${t('report.f.site')}: ${v.site}`].join('\n') },
          { label: t('report.q.why'), value: [v.cause, incident.howItHappened.trim()].filter(Boolean).join('\n') },
          { label: t('report.q.stopped'), value: stopped },
          { label: t('report.q.planned'), value: v.or(incident.measures.planned) },
          { label: t('report.q.prevent'), value: v.or(incident.measures.prevent) },
        ],
      },
      {
        heading: t('report.s.details'),
        fields: [
          { label: t('report.f.reporter'), value: v.reporter },
          { label: t('report.f.occurredAt'), value: v.occurred },
          { label: t('report.f.discoveredAt'), value: v.discovered },
          { label: t('report.f.deadline'), value: v.deadline },
          { label: t('report.f.groups'), value: v.groups },
          { label: t('report.f.approxPersons'), value: v.persons },
          { label: t('report.f.kinds'), value: v.kinds },
          { label: t('report.f.whereNow'), value: v.or(incident.whereNow) },
          { label: t('report.f.consequences'), value: v.or(incident.consequences) },
          { label: t('report.f.informed'), value: v.informed },
          { label: t('report.f.dpo'), value: v.dpo },
        ],
      },
    ],
    notes: v.notes,
  };
}
