import type { Incident } from '../model';
import type { RenderContext, ReportDocument } from './document';
import { values } from './values';

/**
 * Norway: Datatilsynet's "Melding om avvik" in Altinn. The form's boxes, in its order:
 * Beskrivelse (main cause, period, when discovered, number affected, what happened, how it
 * arose, kinds of data, relation to those affected, where the data is now), Konsekvenser,
 * Tiltak, Informasjon (told? how?), Kontakt (personvernombud).
 */
export function renderNorway(incident: Incident, ctx: RenderContext): ReportDocument {
  const { t } = ctx;
  const v = values(incident, ctx);
  return {
    title: t('report.no.title'),
    sections: [
      {
        heading: t('report.s.description'),
        fields: [
          { label: t('report.f.cause'), value: v.cause },
          { label: t('report.f.period'), value: v.period },
          { label: t('report.f.discoveredAt'), value: v.discovered },
          { label: t('report.f.approxPersons'), value: v.persons },
          { label: t('report.f.whatHappened'), value: v.or(incident.whatHappened) },
          { label: t('report.f.site'), value: v.site },
          { label: t('report.f.howItHappened'), value: v.or(incident.howItHappened) },
          { label: t('report.f.kinds'), value: v.kinds },
          { label: t('report.f.groups'), value: v.groups },
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
          incident.informed.status === 'yes' || incident.informed.status === 'planned'
            ? { label: t('report.f.how'), value: v.or(incident.informed.how) }
            : { label: t('report.f.whyNot'), value: v.or(incident.informed.whyNot) },
        ],
      },
      { heading: t('report.s.contact'), fields: [{ label: t('report.f.dpo'), value: v.dpo }, { label: t('report.f.reporter'), value: v.reporter }] },
    ],
    notes: v.notes,
  };
}
