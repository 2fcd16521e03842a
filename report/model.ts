import { z } from 'zod';
import { FINDING_KINDS } from '../detectors/core/finding';

/**
 * An incident report about personal data that got out (GDPR Art. 33(3)/34, the internal
 * deviation form in seed 001). Pure data: no DOM, no browser. Holds kinds and counts of the
 * personal data involved — never the values — unless the user types them into a free-text field.
 */
export const INCIDENT_SCHEMA_ID = 'varsam.incident/1';

export const COUNTRIES = ['no', 'se', 'dk'] as const;
export type Country = (typeof COUNTRIES)[number];

export const CAUSES = ['human-error', 'system-error', 'attack', 'other'] as const;
export const AFFECTED_GROUPS = ['children', 'guardians', 'staff', 'others'] as const;
export const MEASURES = [
  'removed-post', 'screened-journal', 'asked-recipient-delete', 'removed-access', 'asked-platform', 'other',
] as const;
export const INFORMED = ['yes', 'planned', 'no', 'not-decided'] as const;
export const SEVERITIES = ['low', 'medium', 'high'] as const;

/** The follow-up steps of the Danish procedure (seed 003) and the routine in seed 001, in order. */
export const CHECKLIST_STEPS = [
  'stop', 'security-mailbox', 'leader', 'press', 'wrong-recipient', 'inform-affected', 'authority', 'document', 'close',
] as const;
export type ChecklistStep = (typeof CHECKLIST_STEPS)[number];

const text = (max = 4000) => z.string().max(max);
const isoTime = z.string().datetime({ offset: true });

export const incidentSchema = z.object({
  schema: z.literal(INCIDENT_SCHEMA_ID),
  id: z.string().uuid(),
  status: z.enum(['open', 'closed']),
  createdAt: isoTime,
  updatedAt: isoTime,
  reporter: z.object({ name: text(200), role: text(200), unit: text(200), contact: text(200) }).strict(),
  /** When it happened (e.g. the time of the publish in the log); unknown is allowed. */
  occurredAt: isoTime.optional(),
  /** When it was discovered: the 72 hours run from here. */
  discoveredAt: isoTime,
  ongoing: z.boolean(),
  endedAt: isoTime.optional(),
  /** Where it was published: origin and path only, never a query string. */
  source: z.object({
    origin: z.string().url().optional(),
    path: z.string().regex(/^\/[^?#]*$/).optional(),
    action: z.string().max(40).optional(),
    adapter: z.string().max(60).optional(),
    eventId: z.number().int().optional(),
  }).strict(),
  whatHappened: text(),
  cause: z.enum(CAUSES).optional(),
  howItHappened: text(),
  affected: z.object({
    groups: z.array(z.enum(AFFECTED_GROUPS)),
    approxPersons: z.number().int().nonnegative().optional(),
    approxRecords: z.number().int().nonnegative().optional(),
  }).strict(),
  /** Kinds of personal data and how many of each were found (never the values). */
  kinds: z.partialRecord(z.enum(FINDING_KINDS), z.number().int().nonnegative()),
  imagesWithFaces: z.boolean(),
  otherData: text(1000),
  whereNow: text(),
  consequences: text(),
  severity: z.enum(SEVERITIES).optional(),
  measures: z.object({
    taken: z.array(z.enum(MEASURES)),
    takenText: text(),
    planned: text(),
    prevent: text(),
  }).strict(),
  informed: z.object({ status: z.enum(INFORMED), how: text(), whyNot: text() }).strict(),
  dpo: z.object({ name: text(200), email: text(200), phone: text(60) }).strict(),
  /** GDPR Art. 33(4): the report is sent in phases; more will follow. */
  phased: z.boolean(),
  /** Required when the authority is told after the 72 hours (Art. 33(1)). */
  delayReason: text(),
  country: z.enum(COUNTRIES),
  /** Follow-up steps ticked off, each with the time it was ticked. */
  checklist: z.partialRecord(z.enum(CHECKLIST_STEPS), isoTime),
}).strict();

export type Incident = z.infer<typeof incidentSchema>;

export interface NewIncidentInput {
  id: string;
  now: Date;
  country: Country;
  dpo?: Partial<Incident['dpo']>;
  reporter?: Partial<Incident['reporter']>;
}

/** An empty report, discovered now. */
export function newIncident({ id, now, country, dpo, reporter }: NewIncidentInput): Incident {
  const at = now.toISOString();
  return {
    schema: INCIDENT_SCHEMA_ID, id, status: 'open', createdAt: at, updatedAt: at,
    reporter: { name: '', role: '', unit: '', contact: '', ...reporter },
    discoveredAt: at, ongoing: false, source: {},
    whatHappened: '', howItHappened: '',
    affected: { groups: [] }, kinds: {}, imagesWithFaces: false, otherData: '',
    whereNow: '', consequences: '',
    measures: { taken: [], takenText: '', planned: '', prevent: '' },
    informed: { status: 'not-decided', how: '', whyNot: '' },
    dpo: { name: '', email: '', phone: '', ...dpo },
    phased: false, delayReason: '', country, checklist: {},
  };
}

/** Validates a report (e.g. a JSON file or a stored draft); throws a ZodError when it is not one. */
export const parseIncident = (value: unknown): Incident => incidentSchema.parse(value);

/** The JSON export: the validated report, pretty-printed. */
export const incidentToJson = (incident: Incident): string => `${JSON.stringify(parseIncident(incident), null, 2)}\n`;

/** Ticks or unticks one follow-up step. */
export function tick(incident: Incident, step: ChecklistStep, on: boolean, now: Date): Incident {
  const checklist = { ...incident.checklist };
  if (on) checklist[step] = now.toISOString(); else delete checklist[step];
  return { ...incident, checklist };
}

/** Total number of findings across kinds. */
export const totalFound = (incident: Pick<Incident, 'kinds'>): number =>
  Object.values(incident.kinds).reduce<number>((a, n) => a + (n ?? 0), 0);
