import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATALOGS, LANGUAGES, pickLanguage, translator } from '../../locales';
import { PAGE_CATALOGS } from '../../locales/page';

const dir = join(import.meta.dirname, '../../locales');
const load = (lang: string) => {
  const merged: Record<string, string> = {};
  for (const file of readdirSync(join(dir, lang)).filter((f) => f.endsWith('.json'))) {
    Object.assign(merged, JSON.parse(readFileSync(join(dir, lang, file), 'utf8')));
  }
  return merged;
};

describe('locales', () => {
  const catalogs = Object.fromEntries(LANGUAGES.map((l) => [l, load(l)]));
  const allKeys = new Set(Object.values(catalogs).flatMap((c) => Object.keys(c)));

  it.each(LANGUAGES)('%s has every key any other language has, none empty', (lang) => {
    const missing = [...allKeys].filter((k) => !(k in catalogs[lang]!));
    expect(missing).toEqual([]);
    const empty = Object.entries(catalogs[lang]!).filter(([, v]) => !v.trim()).map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it.each(LANGUAGES)('%s uses the same {placeholders} as English', (lang) => {
    const ph = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of Object.entries(catalogs.en!)) expect([k, ph(catalogs[lang]![k] ?? '')]).toEqual([k, ph(v)]);
  });

  it('every JSON file on disk is bundled by locales/index.ts', () => {
    const t = translator('nn');
    for (const k of Object.keys(catalogs.nn!)) expect(t(k)).toBe(catalogs.nn![k]);
  });

  it('picks the language from the setting, then the browser, then English', () => {
    expect(pickLanguage('nn', ['nb-NO'])).toBe('nn');
    expect(pickLanguage('auto', ['de-DE', 'no'])).toBe('nb');
    expect(pickLanguage(undefined, ['sv-SE'])).toBe('sv');
    expect(pickLanguage(undefined, ['de'])).toBe('en');
  });

  it('fills placeholders', () => {
    expect(translator('en')('popup.adapter', { adapter: 'generic' })).toBe('Adapter: generic');
  });
});

describe('the content script carries only the strings it uses', () => {
  const root = join(import.meta.dirname, '../..');
  const sources = (d: string): string[] => readdirSync(join(root, d), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(d, e.name)) : /\.tsx?$/.test(e.name) ? [join(d, e.name)] : []);
  // Everything the content script bundles that could name a string key.
  const files = [...sources('guard'), 'entrypoints/content.ts'];
  const literals = new Set(files.flatMap((f) => [...readFileSync(join(root, f), 'utf8').matchAll(/['"`]([a-z][\w-]*(?:\.[\w-]+)+)['"`]/g)].map((m) => m[1]!)));
  const keysOf = (cats: Record<string, Record<string, string>>) => new Set(Object.values(cats).flatMap((c) => Object.keys(c)));
  const all = keysOf(CATALOGS);
  const page = keysOf(PAGE_CATALOGS);

  it('every key the guard and dialog name is in locales/page.ts', () => {
    const used = [...literals].filter((k) => all.has(k));
    expect(used.length).toBeGreaterThan(40);
    expect(used.filter((k) => !page.has(k))).toEqual([]);
  });

  it('leaves the report, policy and options pages\' strings out', () => {
    expect([...page].filter((k) => /^(report|policy|options)\./.test(k) && !literals.has(k))).toEqual([]);
    expect(page.size).toBeLessThan(all.size / 2);
  });

  it('dynamic keys the guard builds (kind.*, action.*) are all there', () => {
    for (const prefix of ['kind.', 'action.', 'files.']) {
      const inAll = [...all].filter((k) => k.startsWith(prefix));
      expect(inAll.filter((k) => !page.has(k))).toEqual([]);
    }
  });
});
