import { describe, expect, it } from 'vitest';
import { decide, resolvePolicy, type Policy } from '../../policy';

const policyWith = (managed: Record<string, unknown>): Policy => resolvePolicy({ managed }).policy;
const risky = { hold: true, specialKinds: [] };
const clean = { hold: false, specialKinds: [] };

describe('decide(action, risk, policy)', () => {
  it('clean content always passes', () => {
    expect(decide('post', clean, policyWith({ actions: { post: { mode: 'block' } } })).mode).toBe('pass');
  });

  it('follows the mode per action type', () => {
    const p = policyWith({ actions: { post: { mode: 'off' }, email: { mode: 'block' }, 'photo-upload': { mode: 'confirm', requireJustification: true } } });
    expect(decide('post', risky, p)).toMatchObject({ mode: 'pass' });
    expect(decide('email', risky, p)).toMatchObject({ mode: 'block', requireJustification: false });
    expect(decide('photo-upload', risky, p)).toMatchObject({ mode: 'confirm', requireJustification: true });
    expect(decide('file-upload', risky, p)).toMatchObject({ mode: 'warn', requireJustification: false, requireConfirmations: [] });
  });

  it('faces in a photo ask for consent and protected-identity confirmations and lift warn to confirm', () => {
    const d = decide('photo-upload', clean, policyWith({}), { faces: 2 });
    expect(d.mode).toBe('confirm');
    expect(d.requireConfirmations.sort()).toEqual(['consent', 'protected-identity']);
    const noConsent = policyWith({ photos: { facesRequireConsent: false, facesRequireProtectedIdentity: false } });
    expect(decide('photo-upload', clean, noConsent, { faces: 2 }).mode).toBe('pass');
  });

  it('a protected-identity finding asks for that confirmation', () => {
    const d = decide('post', { hold: true, specialKinds: ['special.protected-identity'] }, policyWith({}));
    expect(d).toMatchObject({ mode: 'confirm', requireConfirmations: ['protected-identity'] });
  });

  it('block mode never offers confirmations or justification', () => {
    const d = decide('photo-upload', risky, policyWith({ actions: { 'photo-upload': { mode: 'block', requireJustification: true } } }), { faces: 1 });
    expect(d).toMatchObject({ mode: 'block', requireJustification: false, requireConfirmations: [] });
  });

  it('a failed scan is never a silent pass: the policy\'s scanFailure decides, even when the action is off', () => {
    expect(decide('post', clean, policyWith({ actions: { post: { mode: 'off' } } }), { scanFailed: true }).mode).toBe('confirm');
    expect(decide('post', clean, policyWith({ scanFailure: 'block' }), { scanFailed: true }).mode).toBe('block');
  });
});
