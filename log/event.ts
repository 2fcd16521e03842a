import { z } from 'zod';
import { FINDING_KINDS } from '../detectors/core/finding';

/**
 * One decision a user made in the Varsam dialog. Deliberately content-free: no text, no values,
 * no hashes of values — only where, what kind of action, what was decided and kinds/counts.
 * `check-cancelled`: the user stopped the check of a file before it finished (nothing is known
 * about its content, so `kinds` is empty); the file was not delivered.
 */
export const DECISIONS = ['cancelled', 'edited', 'overridden', 'blocked', 'check-cancelled'] as const;
export type Decision = (typeof DECISIONS)[number];

/** Statements the user ticked before going on (policy/decide.ts Confirmation). */
export const CONFIRMATIONS = ['protected-identity', 'consent'] as const;

export const logEventSchema = z.object({
  id: z.number().int().optional(),
  time: z.string().datetime(),
  origin: z.string().url(),
  /** Path only: never query string or fragment (they often carry names and IDs). */
  path: z.string().regex(/^\/[^?#]*$/),
  action: z.string().min(1).max(40),
  adapter: z.string().min(1).max(60),
  decision: z.enum(DECISIONS),
  kinds: z.partialRecord(z.enum(FINDING_KINDS), z.number().int().nonnegative()),
  /** Confirmations the user gave (schema version 2; [] for older events). */
  confirmations: z.array(z.enum(CONFIRMATIONS)).max(CONFIRMATIONS.length).default([]),
  /** The user's justification for going on, with ID numbers and other found values masked (log/justification.ts). */
  justification: z.string().max(500).optional(),
  extensionVersion: z.string().max(20),
}).strict();

export type LogEvent = z.infer<typeof logEventSchema>;
/** What a caller hands to addEvent (confirmations may be left out). */
export type LogEventInput = z.input<typeof logEventSchema>;

export { siteOf } from './site';

/** `YYYY-MM-DD` in UTC, the bucket for clean-pass counts. */
export const dayOf = (date: Date): string => date.toISOString().slice(0, 10);
