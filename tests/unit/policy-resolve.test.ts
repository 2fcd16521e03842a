import { describe, expect, it } from 'vitest';
import { resolvePolicy, DEFAULT_POLICY, POLICY_FIELDS } from '../../policy';
import { translator } from '../../locales';
import { policyErrorMessage, fieldLabel } from '../../ui/policy-text';

describe('policy precedence: admin > user (where allowed) > default', () => {
  it('uses the defaults when nothing is set', () => {
    const r = resolvePolicy({});
    expect(r.policy).toEqual(DEFAULT_POLICY);
    expect(new Set(Object.values(r.sources))).toEqual(new Set(['default']));
    expect(Object.keys(r.sources).sort()).toEqual(POLICY_FIELDS.map((f) => f.path).sort());
    expect(r.errors).toEqual([]);
  });

  it('an admin value beats the user\'s, and the user\'s beats the default', () => {
    const r = resolvePolicy({
      managed: { actions: { post: { mode: 'block' } }, logRetentionDays: 90 },
      user: { actions: { post: { mode: 'off' }, email: { mode: 'confirm' } }, minScore: 0.8 },
    });
    expect(r.policy.actions.post.mode).toBe('block');
    expect(r.sources['actions.post.mode']).toBe('admin');
    expect(r.policy.actions.email.mode).toBe('confirm');
    expect(r.sources['actions.email.mode']).toBe('user');
    expect(r.policy.minScore).toBe(0.8);
    expect(r.policy.actions['file-upload'].mode).toBe('warn');
    expect(r.sources['actions.file-upload.mode']).toBe('default');
    expect(r.policy.logRetentionDays).toBe(90);
  });

  it('ignores the user\'s settings when the admin does not allow them (language excepted)', () => {
    const r = resolvePolicy({ managed: { userSettings: false }, user: { actions: { post: { mode: 'off' } }, uiLanguage: 'nn' } });
    expect(r.policy.actions.post.mode).toBe('warn');
    expect(r.sources['actions.post.mode']).toBe('default');
    expect(r.policy.uiLanguage).toBe('nn');
  });

  it('a user may never set what is not user-settable (e.g. retention, site rules, the gate itself)', () => {
    const r = resolvePolicy({ user: { logRetentionDays: 1, userSettings: false, siteRules: [] } });
    expect(r.policy.logRetentionDays).toBe(DEFAULT_POLICY.logRetentionDays);
    expect(r.sources.logRetentionDays).toBe('default');
    expect(r.sources.userSettings).toBe('default');
  });

  it('an admin-set language wins over the user\'s choice', () => {
    const r = resolvePolicy({ managed: { uiLanguage: 'sv' }, user: { uiLanguage: 'nn' } });
    expect(r.policy.uiLanguage).toBe('sv');
    expect(r.sources.uiLanguage).toBe('admin');
  });

  it('accepts both the plain form and Google Admin\'s {"Value": …} form, at any level', () => {
    const plain = resolvePolicy({ managed: { orgName: 'Testvik kommune', actions: { post: { mode: 'block' } }, allowlist: ['https://intra.example/*'] } });
    const wrapped = resolvePolicy({ managed: {
      orgName: { Value: 'Testvik kommune' },
      actions: { Value: { post: { mode: { Value: 'block' } } } },
      allowlist: { Value: ['https://intra.example/*'] },
    } });
    expect(wrapped.policy).toEqual(plain.policy);
    expect(wrapped.sources).toEqual(plain.sources);
    expect(wrapped.errors).toEqual([]);
  });
});

describe('bad policy values', () => {
  it('keep the last good admin value, report the field, and leave the rest working', () => {
    const first = resolvePolicy({ managed: { logRetentionDays: 30, actions: { post: { mode: 'block' } } } });
    const second = resolvePolicy({ managed: { logRetentionDays: 0, actions: { post: { mode: 'blokk' } } }, lastGood: first.lastGood });
    expect(second.policy.logRetentionDays).toBe(30);
    expect(second.policy.actions.post.mode).toBe('block');
    expect(second.errors).toEqual([
      { field: 'actions.post.mode', from: 'admin', problem: 'choice', fallback: 'last-good' },
      { field: 'logRetentionDays', from: 'admin', problem: 'range', fallback: 'last-good' },
    ].sort((a, b) => POLICY_FIELDS.findIndex((f) => f.path === a.field) - POLICY_FIELDS.findIndex((f) => f.path === b.field)));
  });

  it('fall back to the default (not to the user\'s value) when there is no last good value', () => {
    const r = resolvePolicy({ managed: { actions: { post: { mode: 'strict' } }, logRetentionDays: 'ninety' }, user: { actions: { post: { mode: 'off' } } } });
    expect(r.policy.actions.post.mode).toBe('warn');
    expect(r.policy.logRetentionDays).toBe(365);
    expect(r.errors).toEqual([
      { field: 'actions.post.mode', from: 'admin', problem: 'choice', fallback: 'default' },
      { field: 'logRetentionDays', from: 'admin', problem: 'type', fallback: 'default' },
    ]);
  });

  it('reject bad formats: an e-mail, a URL pattern, a site rule, a non-https endpoint', () => {
    const r = resolvePolicy({ managed: {
      incident: { dpoEmail: 'not an address', reportEndpoint: 'http://insecure.example/report' },
      allowlist: ['intra.example'],
      siteRules: [{ name: 'x', urlPattern: 'https://a.example/*', action: 'post', text: '#t' }],
    } });
    expect(r.errors.map((e) => e.field).sort()).toEqual(['allowlist', 'incident.dpoEmail', 'incident.reportEndpoint', 'siteRules']);
    expect(r.policy.incident.dpoEmail).toBe('');
    expect(r.policy.siteRules).toEqual([]);
  });

  it('a bad user value is reported as the user\'s and the default applies', () => {
    const r = resolvePolicy({ user: { minScore: 7 } });
    expect(r.policy.minScore).toBe(DEFAULT_POLICY.minScore);
    expect(r.errors).toEqual([{ field: 'minScore', from: 'user', problem: 'range', fallback: 'default' }]);
  });

  it('the message names the field and the problem in the user\'s language', () => {
    const error = { field: 'logRetentionDays', from: 'admin', problem: 'range', fallback: 'last-good' } as const;
    expect(policyErrorMessage(translator('en'), error)).toBe(
      'The administrator\'s setting “Keep the log for (days)” is not valid: the value is outside the allowed range. Varsam keeps using the last valid value.');
    expect(policyErrorMessage(translator('nn'), error)).toContain('«Ta vare på loggen i (dagar)»');
    expect(fieldLabel(translator('sv'), 'actions.email.mode')).toBe('E-post: läge');
  });

  it('every field has a name in every language', () => {
    for (const lang of ['nb', 'nn', 'sv', 'da', 'en'] as const) {
      const t = translator(lang);
      for (const f of POLICY_FIELDS) expect(fieldLabel(t, f.path)).not.toMatch(/^policy\.|\{action\}|policy\.action/);
    }
  });
});

describe('detector settings', () => {
  it('accept known detector ids with on/off and a threshold, and reject unknown ids', () => {
    const ok = resolvePolicy({ managed: { detectors: { 'common.names': { enabled: false }, 'no.fodselsnummer': { minScore: 0.9 } } } });
    expect(ok.policy.detectors).toEqual({ 'common.names': { enabled: false }, 'no.fodselsnummer': { minScore: 0.9 } });
    const bad = resolvePolicy({ managed: { detectors: { 'xx.made-up': { enabled: false } } } });
    expect(bad.errors.map((e) => e.field)).toEqual(['detectors']);
    expect(bad.policy.detectors).toEqual({});
  });
});
