import { z } from 'zod';
import { COUNTRIES } from './model';

/**
 * Incident settings an administrator gives through policy: where the internal report goes, the
 * security mailbox's subject line, the data protection officer, the press contact, which
 * authority, and an optional endpoint that receives the report as JSON.
 *
 * Until the policy module (issue 7) is on `main`, `incidentSettingsFrom` is the one adapter that
 * turns whatever policy object there is into these settings, with defaults for everything.
 */
const contact = z.object({
  name: z.string().max(200).default(''),
  email: z.string().max(200).default(''),
  phone: z.string().max(60).default(''),
});

export const incidentSettingsSchema = z.object({
  /** Country of the supervisory authority. */
  country: z.enum(COUNTRIES).default('no'),
  /** Internal recipients of the report (leader, deviation system), comma-separated or a list. */
  internalAddress: z.union([z.string(), z.array(z.string())]).default(''),
  /** The security mailbox (seed 003: "Sikkerhedsbrud i Skoleforvaltningen"). */
  securityMailbox: z.string().max(200).default(''),
  /** Subject line for the security mailbox; `{unit}` (or `<unit>`) becomes the reporter's unit. */
  securitySubject: z.string().max(200).default(''),
  dpo: contact.default({ name: '', email: '', phone: '' }),
  press: contact.default({ name: '', email: '', phone: '' }),
  /** Default unit name (school, kindergarten, department). */
  unit: z.string().max(200).default(''),
  /** The organisation's units, offered as choices for the reporter's unit. */
  units: z.array(z.string().max(200)).max(500).default([]),
  /** https endpoint (http only for localhost) that receives the report as JSON. */
  endpoint: z.string().url().refine(
    (u) => /^https:/.test(u) || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(u),
    'endpoint must be https',
  ).optional(),
});

export type IncidentSettings = z.infer<typeof incidentSettingsSchema>;

export const DEFAULT_INCIDENT_SETTINGS: IncidentSettings = incidentSettingsSchema.parse({});

/**
 * Reads incident settings out of a policy object, tolerating everything: unknown keys are ignored,
 * a bad value falls back to its default (one broken field never loses the rest).
 * Accepts either `{ incident: {...} }` or the settings object itself.
 */
export function incidentSettingsFrom(policy: unknown): IncidentSettings {
  const whole = (policy && typeof policy === 'object' ? policy : {}) as Record<string, unknown>;
  const raw = 'incident' in whole ? whole.incident : policy;
  if (!raw || typeof raw !== 'object') return DEFAULT_INCIDENT_SETTINGS;
  const source = fromPolicyModule(raw as Record<string, unknown>, whole);
  const all = incidentSettingsSchema.safeParse(source);
  if (all.success) return all.data;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    const one = incidentSettingsSchema.safeParse({ [key]: value });
    if (one.success && key in one.data) out[key] = value;
  }
  return incidentSettingsSchema.parse(out);
}

/**
 * The policy module (policy/schema.ts, issue 7) names the same settings differently:
 * `subjectTemplate`, `dpoName/dpoEmail/dpoPhone`, `pressContact`, `authorityCountry`,
 * `reportEndpoint` ('' = none), and the unit comes from `orgUnits` when there is exactly one.
 * Maps that shape onto ours; our own keys pass through unchanged.
 */
function fromPolicyModule(incident: Record<string, unknown>, policy: Record<string, unknown>): Record<string, unknown> {
  const theirs = ['subjectTemplate', 'dpoName', 'dpoEmail', 'dpoPhone', 'pressContact', 'authorityCountry', 'reportEndpoint'];
  if (!theirs.some((k) => k in incident)) return incident;
  const str = (v: unknown) => (typeof v === 'string' ? v : '');
  const out: Record<string, unknown> = {
    internalAddress: incident.internalAddress,
    securityMailbox: incident.securityMailbox,
    securitySubject: incident.subjectTemplate,
    dpo: { name: str(incident.dpoName), email: str(incident.dpoEmail), phone: str(incident.dpoPhone) },
    press: { name: str(incident.pressContact), email: '', phone: '' },
    country: incident.authorityCountry ?? policy.country,
  };
  if (typeof incident.reportEndpoint === 'string' && incident.reportEndpoint) out.endpoint = incident.reportEndpoint;
  if (Array.isArray(policy.orgUnits)) {
    out.units = policy.orgUnits.filter((u) => typeof u === 'string');
    if (policy.orgUnits.length === 1) out.unit = policy.orgUnits[0];
  }
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out;
}

/** The internal recipients as a list. */
export const internalRecipients = (s: IncidentSettings): string[] =>
  (Array.isArray(s.internalAddress) ? s.internalAddress : s.internalAddress.split(/[,;]/))
    .map((a) => a.trim()).filter(Boolean);
