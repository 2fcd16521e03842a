import type { Country, Incident } from '../model';
import type { RenderContext, ReportDocument } from './document';
import { renderNorway } from './no';
import { renderSweden } from './se';
import { renderDenmark } from './dk';

export { renderInternal } from './internal';
export { documentToText, sectionToText, type ReportDocument, type ReportSection, type RenderContext } from './document';

const RENDERERS: Record<Country, (i: Incident, c: RenderContext) => ReportDocument> = {
  no: renderNorway, se: renderSweden, dk: renderDenmark,
};

/** The report in the field order of the country's supervisory authority. */
export const renderForAuthority = (incident: Incident, ctx: RenderContext): ReportDocument => RENDERERS[incident.country](incident, ctx);
