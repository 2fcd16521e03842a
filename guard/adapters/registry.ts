import type { Preset, SiteAdapter } from './adapter';
import { genericAdapter } from './generic';
import gmail from './sites/gmail';
import outlook from './sites/outlook';
import facebook from './sites/facebook';
import instagram from './sites/instagram';
import linkedin from './sites/linkedin';
import x from './sites/x';
import youtubeStudio from './sites/youtube-studio';
import wordpress from './sites/wordpress';
import teams from './sites/teams';
import aula from './sites/aula';
import { PRESETS } from './sites/presets';

/** Site adapters, most specific first. Each is one small declarative file in ./sites. */
export const SITE_ADAPTERS: SiteAdapter[] = [gmail, outlook, facebook, instagram, linkedin, x, youtubeStudio, wordpress, teams, aula];

const fromPreset = (p: Preset): SiteAdapter => ({ ...genericAdapter, ...p });
export const PRESET_ADAPTERS: SiteAdapter[] = PRESETS.map(fromPreset);
export const ALL_ADAPTERS: SiteAdapter[] = [...SITE_ADAPTERS, ...PRESET_ADAPTERS];

const hostMatches = (host: string, pattern: string) => host === pattern || host.endsWith(`.${pattern}`);

export function adapterMatches(adapter: SiteAdapter, url: URL): boolean {
  if (adapter.hosts && !adapter.hosts.some((h) => hostMatches(url.hostname, h))) return false;
  if (adapter.path && !new RegExp(adapter.path).test(url.pathname)) return false;
  return !!(adapter.hosts || adapter.path);
}

/**
 * The adapter for a page. Test builds also accept `?varsam-site=<id>` so the fixture pages in
 * tests/fixtures/sites can stand in for the real sites (which are HSTS-preloaded and cannot be
 * mapped to a local server).
 */
export function adapterFor(href: string, testOverride = import.meta.env.MODE === 'test'): SiteAdapter {
  const url = new URL(href);
  if (testOverride) {
    const id = url.searchParams.get('varsam-site');
    const forced = id && ALL_ADAPTERS.find((a) => a.id === id);
    if (forced) return forced;
  }
  return ALL_ADAPTERS.find((a) => adapterMatches(a, url)) ?? genericAdapter;
}
