import { describe, expect, it } from 'vitest';
import { matchesUrlPattern, isValidUrlPattern, isAllowlisted, siteRulesFor, resolvePolicy } from '../../policy';

describe('URL patterns (allow-list, site rules)', () => {
  it('match scheme, host with subdomains, port and path', () => {
    expect(matchesUrlPattern('https://*.skole.example/*', 'https://a.skole.example/post/1?x=1')).toBe(true);
    expect(matchesUrlPattern('https://*.skole.example/*', 'https://skole.example/')).toBe(true);
    expect(matchesUrlPattern('https://*.skole.example/*', 'https://evilskole.example/')).toBe(false);
    expect(matchesUrlPattern('https://*.skole.example/*', 'http://a.skole.example/')).toBe(false);
    expect(matchesUrlPattern('*://intra.example/news/*', 'http://intra.example/news/2')).toBe(true);
    expect(matchesUrlPattern('*://intra.example/news/*', 'http://intra.example/other')).toBe(false);
    expect(matchesUrlPattern('http://127.0.0.1/*', 'http://127.0.0.1:4321/a')).toBe(true);
    expect(matchesUrlPattern('http://127.0.0.1:80/*', 'http://127.0.0.1:4321/a')).toBe(false);
  });

  it('reject malformed patterns', () => {
    for (const bad of ['intra.example', 'ftp://x.example/*', 'https://', 'https://a b/*']) expect(isValidUrlPattern(bad), bad).toBe(false);
  });

  it('allow-list and site rules read the policy', () => {
    const { policy } = resolvePolicy({ managed: {
      allowlist: ['https://intra.example/*'],
      siteRules: [{ name: 'Portal', urlPattern: 'https://portal.example/*', action: 'journal-publish', text: '#body', finalise: '#go' }],
    } });
    expect(isAllowlisted('https://intra.example/page', policy)).toBe(true);
    expect(isAllowlisted('https://portal.example/page', policy)).toBe(false);
    expect(siteRulesFor('https://portal.example/x', policy).map((r) => r.name)).toEqual(['Portal']);
  });
});
