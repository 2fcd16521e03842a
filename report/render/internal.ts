import type { Incident } from '../model';
import type { RenderContext, ReportDocument } from './document';
import { reportFields } from './fields';

/**
 * The internal report for the leader, the DPO and the security mailbox: the five questions of
 * the Danish procedure (seed 003, step 2) first, then the deviation form of seed 001.
 */
export function renderInternal(incident: Incident, ctx: RenderContext): ReportDocument {
  const { t } = ctx;
  const { v, fields } = reportFields(incident, ctx);
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
        fields: fields('reporter', 'occurredAt', 'discoveredAt', 'deadline', 'groups', 'approxPersons', 'kinds', 'whereNow', 'consequences', 'informed', 'dpo'),
      },
    ],
    notes: v.notes,
  };
}
