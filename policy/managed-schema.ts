import type { z } from 'zod';
import { policySchema } from './schema';

/**
 * managed_schema.json for Chromium/Edge, generated from policySchema. Chrome's policy schema is
 * a small subset of JSON Schema: one `type` per node (no unions, no `anyOf`), `properties`,
 * `additionalProperties` (a schema), `items`, `enum`, `minimum`/`maximum`, `pattern`,
 * `required`, `title`, `description`. A schema Chrome cannot parse stops the extension loading.
 *
 * Deliberately only types and structure: Chrome silently drops a value that fails its schema
 * before Varsam sees it, so choices, ranges and formats are checked by Varsam itself, which can
 * keep the last good value and say in the user's language which field is wrong.
 */
export type ChromeSchema = {
  type: 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean';
  properties?: Record<string, ChromeSchema>;
  additionalProperties?: ChromeSchema;
  items?: ChromeSchema;
  description?: string;
};

type Def = { type: string; [k: string]: unknown };
const defOf = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function convert(schema: z.ZodType, path: string): ChromeSchema {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional': case 'default': case 'readonly': case 'nonoptional':
      return convert(def.innerType as z.ZodType, path);
    case 'object': {
      const shape = def.shape as Record<string, z.ZodType>;
      return { type: 'object', properties: Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, convert(v, `${path}.${k}`)])) };
    }
    case 'record':
      return { type: 'object', additionalProperties: convert(def.valueType as z.ZodType, `${path}.*`) };
    case 'array':
      return { type: 'array', items: convert(def.element as z.ZodType, `${path}[]`) };
    case 'string': return { type: 'string' };
    case 'boolean': return { type: 'boolean' };
    case 'number': {
      const isInt = (schema as unknown as { format?: string }).format === 'safeint' || (schema as unknown as { isInt?: boolean }).isInt === true;
      return { type: isInt ? 'integer' : 'number' };
    }
    case 'enum': {
      const values = Object.values(def.entries as Record<string, unknown>);
      if (values.every((v) => typeof v === 'string')) return { type: 'string' };
      break;
    }
    case 'literal': {
      const values = def.values as unknown[];
      if (values.every((v) => typeof v === 'string')) return { type: 'string' };
      break;
    }
    case 'union': {
      const options = (def.options as z.ZodType[]).map((o, i) => convert(o, `${path}|${i}`));
      const types = new Set(options.map((o) => o.type));
      if (types.size === 1 && options.every((o) => o.type !== 'object' && o.type !== 'array')) return options[0]!;
      break;
    }
  }
  throw new Error(`policy/managed-schema: ${path || '(root)'} (${def.type}) has no single Chrome policy type`);
}

export function managedSchema(): ChromeSchema {
  return convert(policySchema, '');
}

/** Allowed keys per Chrome's policy schema parser (components/policy/core/common/schema.cc). */
const CHROME_KEYS = new Set(['type', 'properties', 'additionalProperties', 'patternProperties', 'items', 'enum',
  'minimum', 'maximum', 'pattern', 'required', 'title', 'description', 'id', '$ref', 'sensitiveValue']);
const CHROME_TYPES = new Set(['object', 'array', 'string', 'integer', 'number', 'boolean', 'null']);

/** Problems that would make Chrome refuse the schema (and the extension); [] when fine. */
export function chromeSchemaProblems(node: unknown, path = '$'): string[] {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return [`${path}: not an object`];
  const n = node as Record<string, unknown>;
  const out: string[] = [];
  if (typeof n.type !== 'string' || !CHROME_TYPES.has(n.type)) out.push(`${path}: type must be one of ${[...CHROME_TYPES].join(', ')}`);
  for (const key of Object.keys(n)) if (!CHROME_KEYS.has(key)) out.push(`${path}: ${key} is not a Chrome policy schema keyword`);
  if (n.properties !== undefined) {
    if (n.type !== 'object') out.push(`${path}: properties on a non-object`);
    for (const [k, v] of Object.entries(n.properties as Record<string, unknown>)) out.push(...chromeSchemaProblems(v, `${path}.${k}`));
  }
  if (n.additionalProperties !== undefined) out.push(...chromeSchemaProblems(n.additionalProperties, `${path}.*`));
  if (n.items !== undefined) {
    if (n.type !== 'array') out.push(`${path}: items on a non-array`);
    out.push(...chromeSchemaProblems(n.items, `${path}[]`));
  }
  if (n.type === 'array' && n.items === undefined) out.push(`${path}: an array needs items`);
  if (path === '$' && n.type !== 'object') out.push('$: the top level must be an object');
  return out;
}
