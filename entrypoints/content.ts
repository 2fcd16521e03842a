import { browser } from 'wxt/browser';
import { installGuard } from '../guard/guard';
import { adapterFor } from '../guard/adapters/registry';
import { watchAdapter, type AdapterStatus } from '../guard/status';
import { DEFAULT_SETTINGS, loadGuardSettings } from '../guard/settings';
import { ruleAdapterFor } from '../guard/adapters/from-policy';
import { watchEffectivePolicy, type StorageLike } from '../policy/watch';
import { DEFAULT_POLICY } from '../policy/defaults';
import { isAllowlisted } from '../policy/sites';
import { translator, type Translate } from '../locales/page';
import { loadLanguage } from '../ui/language';
import { applyFilePolicy } from '../guard/files/inspect';
import type { TabMessage, TabStatus } from '../messaging/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    let t: Translate = translator('en');
    let settings = DEFAULT_SETTINGS;
    let policy = DEFAULT_POLICY;
    const reload = () => void loadGuardSettings(policy).then((s) => { settings = s; });
    browser.storage.onChanged.addListener((_changes, area) => { if (area === 'local') reload(); });
    // An admin's site rule for this page wins over the built-in adapters; rules can change at run time.
    let adapter = adapterFor(location.href);
    let uninstall = installGuard({ adapter, t: () => t, settings: () => settings, policy: () => policy });
    watchEffectivePolicy(browser.storage as unknown as StorageLike, (p) => {
      policy = p.policy;
      applyFilePolicy(policy);
      reload();
      void loadLanguage().then((lang) => { t = translator(lang); });
      const next = ruleAdapterFor(location.href, policy) ?? adapterFor(location.href);
      if (next.id !== adapter.id) {
        uninstall();
        adapter = next;
        uninstall = installGuard({ adapter, t: () => t, settings: () => settings, policy: () => policy });
      }
    });
    if (window === window.top) {
      let status: AdapterStatus = { adapter: adapter.id, name: adapter.name ?? adapter.id, missing: false };
      const missingAfter = import.meta.env.MODE === 'test' ? Number(new URL(location.href).searchParams.get('varsam-missing-after')) || undefined : undefined;
      watchAdapter(adapter, (s) => {
        status = s;
        void browser.runtime.sendMessage({ type: 'varsam:status', ...s }).catch(() => undefined);
      }, missingAfter);
      browser.runtime.onMessage.addListener((message: unknown) => {
        if ((message as TabMessage)?.type !== 'varsam:ping') return undefined;
        if (isAllowlisted(location.href, policy)) return Promise.resolve({ guarded: false } satisfies TabStatus);
        return Promise.resolve({ guarded: true, adapter: adapter.id, adapterName: adapter.name ?? adapter.id, missing: status.adapter === adapter.id && status.missing } satisfies TabStatus);
      });
    }
  },
});
