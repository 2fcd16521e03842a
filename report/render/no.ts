import type { Incident } from '../model';
import type { RenderContext, ReportDocument } from './document';
import { reportFields } from './fields';

/**
 * Norway: Datatilsynet's "Melding om avvik" in Altinn. The form's boxes, in its order:
 * Beskrivelse (main cause, period, when discovered, number affected, what happened, how it
 * arose, kinds of data, relation to those affected, where the data is now), Konsekvenser,
 * Tiltak, Informasjon (told? how?), Kontakt (personvernombud).
 */
export function renderNorway(incident: Incident, ctx: RenderContext): ReportDocument {
  const { t } = ctx;
  const { v, section } = reportFields(incident, ctx);
  const told = incident.informed.status === 'yes' || incident.informed.status === 'planned';
  return {
    title: t('report.no.title'),
    sections: [
      section('description', ['cause', 'period', 'discoveredAt', 'approxPersons', 'whatHappened', 'site', 'howItHappened', 'kinds', 'groups', 'whereNow']),
      section('consequences', ['consequences']),
      section('measures', ['measuresTaken', 'planned', 'prevent']),
      section('informing', ['informed', told ? 'how' : 'whyNot']),
      section('contact', ['dpo', 'reporter']),
    ],
    notes: v.notes,
  };
}
