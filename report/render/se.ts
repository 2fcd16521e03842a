import type { Incident } from '../model';
import type { RenderContext, ReportDocument } from './document';
import { reportFields } from './fields';

/**
 * Sweden: IMY's e-service "Anmälan av personuppgiftsincident", in its order: contact, the
 * incident (when it happened, when discovered, when it ended, type, description), data subjects
 * (25: groups, how many), data (26: kinds), consequences (28) and severity, measures (30),
 * informing the data subjects (32/34/35), and other information (the notification becomes a
 * public document at IMY: ask for confidentiality there).
 */
export function renderSweden(incident: Incident, ctx: RenderContext): ReportDocument {
  const { t } = ctx;
  const { v, section } = reportFields(incident, ctx);
  return {
    title: t('report.se.title'),
    sections: [
      section('contact', ['dpo', 'reporter']),
      section('incident', ['occurredAt', 'discoveredAt', 'endedAt', 'cause', 'whatHappened', 'site', 'howItHappened']),
      section('subjects', ['groups', 'approxPersons', 'approxRecords']),
      section('data', ['kinds', 'whereNow']),
      section('consequences', ['consequences', 'severity']),
      section('measures', ['measuresTaken', 'planned', 'prevent']),
      section('informing', ['informed', 'how', 'whyNot']),
      section('other', v.late ? ['delayReason'] : [], t('report.se.publicRecord')),
    ],
    notes: v.notes,
  };
}
