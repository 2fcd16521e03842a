import { browser } from 'wxt/browser';
import { pruneLog } from './db';
import { loadEffectivePolicy } from '../policy/watch';

const HOUR = 3_600_000;
let lastRun = 0;

/** Deletes what is older than the policy's logRetentionDays; at most once an hour (service worker). */
export function pruneSoon(now = Date.now()): void {
  if (now - lastRun < HOUR) return;
  lastRun = now;
  void loadEffectivePolicy(browser.storage.local)
    .then(({ policy }) => pruneLog(policy.logRetentionDays))
    .catch(() => { lastRun = 0; });
}
