import { browser } from 'wxt/browser';
import { route } from '../messaging/router';
import type { VarsamMessage } from '../messaging/protocol';
import { installReporting } from '../reporting/runtime';
import { keepPolicyResolved, type StorageLike } from '../policy/store';
import { pruneSoon } from '../log/retention';

export default defineBackground(() => {
  installReporting();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as VarsamMessage;
    if (typeof m?.type !== 'string' || !m.type.startsWith('varsam:')) return undefined;
    return route(m, sender);
  });
  // Admin policy (storage.managed) + the user's settings → the effective policy in storage.local.
  void keepPolicyResolved(browser.storage as unknown as StorageLike).then(() => pruneSoon());
});
