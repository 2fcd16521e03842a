import { describe, expect, it } from 'vitest';
import { managedSchema, chromeSchemaProblems } from '../../policy/managed-schema';
import { POLICY_FIELDS } from '../../policy';

describe('managed_schema.json', () => {
  const schema = managedSchema();

  it('is generated from the zod schema and covers every field', () => {
    for (const field of POLICY_FIELDS) {
      let node: unknown = schema;
      for (const key of field.keys) node = (node as { properties: Record<string, unknown> }).properties[key];
      expect(node, field.path).toBeTruthy();
    }
    expect(schema.properties?.logRetentionDays).toEqual({ type: 'integer' });
    expect(schema.properties?.minScore).toEqual({ type: 'number' });
    expect(schema.properties?.detectors?.additionalProperties?.properties?.enabled).toEqual({ type: 'boolean' });
    expect(schema.properties?.siteRules?.items?.properties?.finalise).toEqual({ type: 'string' });
  });

  it('uses only what Chrome\'s policy schema accepts', () => {
    expect(chromeSchemaProblems(schema)).toEqual([]);
    expect(JSON.stringify(schema)).not.toMatch(/anyOf|oneOf|allOf|"\$schema"|format|minLength|maxItems|"additionalProperties":false/);
  });

  it('the checker catches what would stop Chrome loading the extension', () => {
    expect(chromeSchemaProblems({ type: 'object', properties: { a: { type: ['string', 'null'] } } })).not.toEqual([]);
    expect(chromeSchemaProblems({ type: 'object', properties: { a: { anyOf: [{ type: 'string' }] } } })).not.toEqual([]);
    expect(chromeSchemaProblems({ type: 'array', items: { type: 'string' } })).not.toEqual([]);
  });
});
