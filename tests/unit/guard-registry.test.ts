import { describe, expect, it } from 'vitest';
import { adapterFor, ALL_ADAPTERS } from '../../guard/adapters/registry';
import { mergeSettings, DEFAULT_SETTINGS } from '../../guard/settings';
import { isFinaliseName } from '../../guard/journal';
import { isInternal } from '../../guard/recipients';

describe('adapter registry', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://outlook.office.com/mail/', 'outlook'],
    ['https://outlook.live.com/mail/0/', 'outlook'],
    ['https://www.facebook.com/', 'facebook'],
    ['https://www.instagram.com/', 'instagram'],
    ['https://www.linkedin.com/feed/', 'linkedin'],
    ['https://x.com/home', 'x'],
    ['https://twitter.com/compose/post', 'x'],
    ['https://studio.youtube.com/channel/UC1/videos', 'youtube-studio'],
    ['https://skolen.example.no/wp-admin/post-new.php', 'wordpress'],
    ['https://skolen.example.no/wp-admin/post.php?post=12&action=edit', 'wordpress'],
    ['https://teams.microsoft.com/v2/', 'teams'],
    ['https://www.aula.dk/portal/#/overblik', 'aula'],
    ['https://app.vigilo.no/', 'vigilo'],
    ['https://grue.itslearning.com/', 'itslearning'],
    ['https://sms.schoolsoft.se/skolan/jsp/Login.jsp', 'schoolsoft'],
    ['https://app.famly.co/#/account/feed', 'famly'],
    ['https://spond.com/client/', 'spond'],
    ['https://www.youtube.com/watch?v=x', 'generic'],
    ['https://notfacebook.com/', 'generic'],
    ['https://example.org/?varsam-site=gmail', 'generic'],
  ])('%s → %s', (url, id) => {
    expect(adapterFor(url, false).id).toBe(id);
  });

  it('the test override works only in test builds', () => {
    expect(adapterFor('http://127.0.0.1:1/x.html?varsam-site=teams', true).id).toBe('teams');
    expect(adapterFor('http://127.0.0.1:1/x.html?varsam-site=teams', false).id).toBe('generic');
  });

  it('every adapter has a unique id and says where it applies', () => {
    const ids = ALL_ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of ALL_ADAPTERS) expect(a.hosts?.length || a.path).toBeTruthy();
  });
});

describe('guard settings and helpers', () => {
  it('falls back to defaults and ignores malformed values', () => {
    expect(mergeSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    const s = mergeSettings({ orgDomains: ['@Grue.Kommune.no', 3 as unknown as string], childConfirmations: 'sometimes' as never });
    expect(s.orgDomains).toEqual(['grue.kommune.no']);
    expect(s.childConfirmations).toBe('always');
  });

  it('recognises the organisation and its sub-domains only', () => {
    expect(isInternal('kari@grue.kommune.no', ['grue.kommune.no'])).toBe(true);
    expect(isInternal('rektor@skole.grue.kommune.no', ['grue.kommune.no'])).toBe(true);
    expect(isInternal('x@evilgrue.kommune.no', ['grue.kommune.no'])).toBe(false);
    expect(isInternal('x@example.com', [])).toBe(false);
  });

  it('knows the finalise buttons of journal systems in each language', () => {
    for (const n of ['Ferdig', 'Ekspeder', 'Journalfør', 'Lagre', 'Registrera', 'Journalisér', 'Gem']) expect(isFinaliseName(n)).toBe(true);
    expect(isFinaliseName('Slett')).toBe(false);
  });
});
