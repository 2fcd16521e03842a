import { z } from 'zod';
import { POLICY_FIELDS, getPath, setPath } from './fields';
import { DEFAULT_POLICY } from './defaults';
import type { Policy, PolicySource } from './schema';

/** Why a value was not used. The UI turns it into `policy.problem.<code>`. */
export type PolicyProblem = 'type' | 'choice' | 'range' | 'format' | 'unknown';

export interface PolicyError {
  /** Field path, e.g. `logRetentionDays` (the UI names it with `policy.field.<path>`). */
  field: string;
  /** Who set the bad value. */
  from: 'admin' | 'user';
  problem: PolicyProblem;
  /** What is used instead. */
  fallback: 'last-good' | 'default';
}

export interface EffectivePolicy {
  policy: Policy;
  /** Where each field's value comes from; `admin` includes a kept last good admin value. */
  sources: Record<string, PolicySource>;
  errors: PolicyError[];
}

export interface PolicyInputs {
  /** storage.managed as read (plain or `{"Value": …}` form). */
  managed?: Record<string, unknown>;
  /** The user's own settings (only used where allowed). */
  user?: Record<string, unknown>;
  /** Last good admin value per field path, from an earlier resolve. */
  lastGood?: Record<string, unknown>;
}

function problemOf(error: z.ZodError): PolicyProblem {
  const issue = error.issues[0];
  switch (issue?.code) {
    case 'invalid_type': return 'type';
    case 'invalid_value': return 'choice';
    case 'too_big': case 'too_small': return 'range';
    case 'invalid_format': case 'custom': return 'format';
    case 'unrecognized_keys': return 'unknown';
    case 'invalid_union': {
      // e.g. '' or an e-mail address: a wrong string is a format problem.
      return 'format';
    }
    default: return 'format';
  }
}

/**
 * Builds the effective policy, field by field: a valid admin value wins; an invalid admin value
 * is reported and replaced by the last good admin value or else the default (never by the user's
 * value, which the admin meant to override). A user value counts only where the field is
 * user-settable, user settings are allowed, and the admin has not set the field. Pure.
 */
export function resolvePolicy({ managed = {}, user = {}, lastGood = {} }: PolicyInputs): EffectivePolicy & { lastGood: Record<string, unknown> } {
  const policy = structuredClone(DEFAULT_POLICY) as unknown as Record<string, unknown>;
  const sources: Record<string, PolicySource> = {};
  const errors: PolicyError[] = [];
  const nextLastGood: Record<string, unknown> = { ...lastGood };

  // userSettings is decided first: it gates every user value.
  const ordered = [...POLICY_FIELDS].sort((a, b) => Number(b.path === 'userSettings') - Number(a.path === 'userSettings'));
  let usersMay = DEFAULT_POLICY.userSettings;

  for (const field of ordered) {
    let value: unknown;
    let source: PolicySource = 'default';
    const adminValue = getPath(managed, field.keys);
    if (adminValue !== undefined) {
      const parsed = field.schema.safeParse(adminValue);
      if (parsed.success) {
        value = parsed.data;
        source = 'admin';
        nextLastGood[field.path] = parsed.data;
      } else {
        const kept = field.path in lastGood ? field.schema.safeParse(lastGood[field.path]) : undefined;
        if (kept?.success) { value = kept.data; source = 'admin'; }
        errors.push({ field: field.path, from: 'admin', problem: problemOf(parsed.error), fallback: kept?.success ? 'last-good' : 'default' });
        if (!kept?.success) delete nextLastGood[field.path];
      }
    } else {
      // The admin no longer sets it: forget the old last good value.
      delete nextLastGood[field.path];
      // The language is a personal preference: the user may choose it unless the admin sets it.
      const allowed = field.userSettable && (usersMay || field.path === 'uiLanguage');
      const userValue = allowed ? getPath(user, field.keys) : undefined;
      if (userValue !== undefined) {
        const parsed = field.schema.safeParse(userValue);
        if (parsed.success) { value = parsed.data; source = 'user'; } else {
          errors.push({ field: field.path, from: 'user', problem: problemOf(parsed.error), fallback: 'default' });
        }
      }
    }
    if (value !== undefined) setPath(policy, field.keys, value);
    sources[field.path] = source;
    if (field.path === 'userSettings') usersMay = (value ?? DEFAULT_POLICY.userSettings) as boolean;
  }
  return { policy: policy as unknown as Policy, sources, errors, lastGood: nextLastGood };
}

/** The effective policy with nothing set: defaults everywhere. */
export const defaultEffectivePolicy = (): EffectivePolicy => {
  const { policy, sources, errors } = resolvePolicy({});
  return { policy, sources, errors };
};
