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
  const source = (policy && typeof policy === 'object' && 'incident' in policy)
    ? (policy as { incident: unknown }).incident
    : policy;
  if (!source || typeof source !== 'object') return DEFAULT_INCIDENT_SETTINGS;
  const whole = incidentSettingsSchema.safeParse(source);
  if (whole.success) return whole.data;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(source)) {
    const one = incidentSettingsSchema.safeParse({ [key]: value });
    if (one.success && key in one.data) out[key] = value;
  }
  return incidentSettingsSchema.parse(out);
}

/** The internal recipients as a list. */
export const internalRecipients = (s: IncidentSettings): string[] =>
  (Array.isArray(s.internalAddress) ? s.internalAddress : s.internalAddress.split(/[,;]/))
    .map((a) => a.trim()).filter(Boolean);
