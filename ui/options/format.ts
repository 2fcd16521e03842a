import type { Translate } from '../../locales';

/** A policy value as text for the settings table. */
export function formatValue(t: Translate, path: string, value: unknown): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
    || (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0)) return t('options.value.empty');
  if (typeof value === 'boolean') return t(value ? 'options.value.yes' : 'options.value.no');
  if (/\.mode$/.test(path) || path === 'scanFailure') return t(`policy.mode.${String(value)}`);
  if (path === 'siteRules' && Array.isArray(value)) return value.map((r: { name?: string; urlPattern?: string }) => `${r.name} (${r.urlPattern})`).join(', ');
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function valueAt(policy: unknown, keys: readonly string[]): unknown {
  let v = policy;
  for (const k of keys) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}
