import { describe, expect, it } from 'vitest';
import { refreshEffectivePolicy, loadEffectivePolicy, keepPolicyResolved, EFFECTIVE_POLICY_KEY, type StorageLike } from '../../policy/store';

function fakeStorage(managed: Record<string, unknown> | (() => never) = {}) {
  const local: Record<string, unknown> = {};
  const listeners: ((c: Record<string, { newValue?: unknown }>, area: string) => void)[] = [];
  const emit = (changes: Record<string, unknown>, area: string) =>
    listeners.forEach((l) => l(Object.fromEntries(Object.entries(changes).map(([k, v]) => [k, { newValue: v }])), area));
  const state = { managed };
  const storage: StorageLike = {
    managed: { get: async () => { if (typeof state.managed === 'function') state.managed(); return structuredClone(state.managed as Record<string, unknown>); } },
    local: {
      get: async (keys) => Object.fromEntries((typeof keys === 'string' ? [keys] : keys ?? Object.keys(local)).filter((k) => k in local).map((k) => [k, structuredClone(local[k])])),
      set: async (items) => { Object.assign(local, structuredClone(items)); emit(items, 'local'); },
    },
    onChanged: { addListener: (l) => listeners.push(l), removeListener: () => undefined },
  };
  return { storage, local, state, emit };
}

describe('policy storage', () => {
  it('stores the effective policy, and keeps the last good admin value across restarts', async () => {
    const { storage, state } = fakeStorage({ logRetentionDays: 30 });
    await refreshEffectivePolicy(storage);
    state.managed = { logRetentionDays: -5 };
    const p = await refreshEffectivePolicy(storage);
    expect(p.policy.logRetentionDays).toBe(30);
    expect(p.errors[0]).toMatchObject({ field: 'logRetentionDays', fallback: 'last-good' });
    expect((await loadEffectivePolicy(storage.local)).policy.logRetentionDays).toBe(30);
  });

  it('works without managed storage (Firefox with no policies.json)', async () => {
    const { storage } = fakeStorage(() => { throw new Error('Managed storage manifest not found'); });
    const p = await refreshEffectivePolicy(storage);
    expect(p.errors).toEqual([]);
    expect(p.sources.orgName).toBe('default');
  });

  it('reads the popup\'s language choice as the user\'s uiLanguage', async () => {
    const { storage } = fakeStorage({});
    await storage.local.set({ uiLanguage: 'da' });
    expect((await refreshEffectivePolicy(storage)).policy.uiLanguage).toBe('da');
  });

  it('resolves again when the admin policy changes while running', async () => {
    const { storage, state, emit, local } = fakeStorage({ actions: { post: { mode: 'warn' } } });
    await keepPolicyResolved(storage);
    state.managed = { actions: { post: { mode: 'block' } } };
    emit({ actions: {} }, 'managed');
    await new Promise((r) => setTimeout(r, 10));
    expect((local[EFFECTIVE_POLICY_KEY] as { policy: { actions: { post: { mode: string } } } }).policy.actions.post.mode).toBe('block');
  });

  it('gives defaults before the service worker has resolved anything', async () => {
    const { storage } = fakeStorage();
    expect((await loadEffectivePolicy(storage.local)).policy.actions.post.mode).toBe('warn');
  });
});
