import { z } from 'zod';
import { policySchema } from './schema';

/**
 * The policy as a flat list of fields: every leaf of policySchema (nested objects are walked,
 * arrays and records are one field each). A field is what gets a source (admin/user/default),
 * a last good value, and an error message naming it.
 */
export interface PolicyField {
  /** Dotted path, e.g. `actions.post.mode`; also the locale key suffix `policy.field.<path>`. */
  path: string;
  keys: string[];
  schema: z.ZodType;
  /** A user may set this when the policy allows user settings. */
  userSettable: boolean;
}

/** Fields a user may set for themselves (when `userSettings` is true and the admin has not set them). */
const USER_SETTABLE = [/^uiLanguage$/, /^actions\./, /^minScore$/, /^detectors$/, /^allowlist$/];

function walk(schema: z.ZodType, keys: string[], out: PolicyField[]): void {
  if (schema instanceof z.ZodObject) {
    for (const [key, child] of Object.entries(schema.shape as Record<string, z.ZodType>)) walk(child, [...keys, key], out);
    return;
  }
  const path = keys.join('.');
  out.push({ path, keys, schema, userSettable: USER_SETTABLE.some((re) => re.test(path)) });
}

export const POLICY_FIELDS: readonly PolicyField[] = (() => {
  const out: PolicyField[] = [];
  walk(policySchema, [], out);
  return out;
})();

/** `{"Value": x}` (Google Admin console's upload form) → x; anything else unchanged. */
export function unwrapValue(value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === 'Value') return (value as { Value: unknown }).Value;
  }
  return value;
}

/** The value at `keys` in a (possibly `{"Value": …}`-wrapped) object, or undefined. */
export function getPath(source: unknown, keys: readonly string[]): unknown {
  let value = unwrapValue(source);
  for (const key of keys) {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
    value = unwrapValue((value as Record<string, unknown>)[key]);
  }
  return value;
}

export function setPath(target: Record<string, unknown>, keys: readonly string[], value: unknown): void {
  let node = target;
  for (const key of keys.slice(0, -1)) {
    if (!node[key] || typeof node[key] !== 'object') node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys.at(-1)!] = value;
}
