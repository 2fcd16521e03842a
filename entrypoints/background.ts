import { browser } from 'wxt/browser';
import { route } from '../messaging/router';
import type { VarsamMessage } from '../messaging/protocol';
import { installReporting } from '../reporting/runtime';
import { keepPolicyResolved, type StorageLike } from '../policy/store';
import { pruneSoon } from '../log/retention';

export default defineBackground({
  // Firefox's background is an event page: as an ES module it can import the file service
  // (pdf.js, tfjs, …) lazily when the first file appears (messaging/files-in-page.ts). Chrome's
  // service worker stays a classic script and hands files to its offscreen document.
  type: { firefox: 'module' },
  main,
});

function main() {
  installReporting();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as VarsamMessage;
    if (typeof m?.type !== 'string' || !m.type.startsWith('varsam:')) return undefined;
    return route(m, sender);
  });
  // Admin policy (storage.managed) + the user's settings → the effective policy in storage.local.
  void keepPolicyResolved(browser.storage as unknown as StorageLike).then(() => pruneSoon());
}
