import { browser } from 'wxt/browser';
import { route } from '../messaging/router';
import type { VarsamMessage } from '../messaging/protocol';
import { installReporting } from '../reporting/runtime';

export default defineBackground(() => {
  installReporting();
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    const m = message as VarsamMessage;
    if (typeof m?.type !== 'string' || !m.type.startsWith('varsam:')) return undefined;
    return route(m, sender);
  });
});
