import type { Incident } from '../model';
import type { RenderContext, ReportDocument } from './document';
import { reportFields } from './fields';

/**
 * Denmark: Datatilsynet's e-form "Anmeld brud på persondatasikkerheden" on virk.dk, following
 * Art. 33(3): contact, time of the breach and of discovery, description, data subjects and their
 * number, categories of data and records, likely consequences, measures, notification of the
 * data subjects, reason for any delay. No personal data about the affected people belongs here.
 */
export function renderDenmark(incident: Incident, ctx: RenderContext): ReportDocument {
  const { t } = ctx;
  const { v, section } = reportFields(incident, ctx);
  return {
    title: t('report.dk.title'),
    sections: [
      section('contact', ['dpo', 'reporter']),
      section('time', ['occurredAt', 'discoveredAt', 'ongoing', ...(v.late ? ['delayReason' as const] : [])]),
      section('description', ['whatHappened', 'site', 'cause', 'howItHappened']),
      section('subjects', ['groups', 'approxPersons']),
      section('data', ['kinds', 'approxRecords', 'whereNow'], t('report.dk.noPersonalData')),
      section('consequences', ['consequences']),
      section('measures', ['measuresTaken', 'planned', 'prevent']),
      section('informing', ['informed', 'how', 'whyNot']),
    ],
    notes: v.notes,
  };
}
