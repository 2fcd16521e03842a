import type { WebWorker } from 'puppeteer-core';
import { waitFor } from './log';

/** The effective policy as the extension stored it (policy/store.ts). */
export interface StoredPolicy {
  policy: Record<string, any>;
  sources: Record<string, 'admin' | 'user' | 'default'>;
  errors: { field: string; from: string; problem: string; fallback: string }[];
}

export const readEffectivePolicy = (worker: WebWorker): Promise<StoredPolicy | undefined> =>
  worker.evaluate(async () => (await chrome.storage.local.get('varsamPolicy')).varsamPolicy as never);

/** Waits until the extension's effective policy satisfies `predicate` (policy arrives seconds after start). */
export async function waitForPolicy(worker: WebWorker, predicate: (p: StoredPolicy) => boolean, timeout = 20_000): Promise<StoredPolicy> {
  const p = await waitFor(() => readEffectivePolicy(worker), (v) => !!v && predicate(v), timeout);
  if (!p || !predicate(p)) throw new Error(`policy did not arrive: ${JSON.stringify(p)}`);
  return p;
}
