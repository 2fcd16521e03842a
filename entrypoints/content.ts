import { browser } from 'wxt/browser';
import { installGuard } from '../guard/guard';
import { adapterFor } from '../guard/adapters/registry';
import { watchAdapter, type AdapterStatus } from '../guard/status';
import { DEFAULT_SETTINGS, loadGuardSettings } from '../guard/settings';
import { translator, type Translate } from '../locales';
import { loadLanguage } from '../ui/language';
import type { TabMessage, TabStatus } from '../messaging/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  matchAboutBlank: true,
  main() {
    let t: Translate = translator('en');
    void loadLanguage().then((lang) => { t = translator(lang); });
    let settings = DEFAULT_SETTINGS;
    const reload = () => void loadGuardSettings().then((s) => { settings = s; });
    reload();
    browser.storage.onChanged.addListener((_changes, area) => { if (area === 'managed' || area === 'local') reload(); });
    const adapter = adapterFor(location.href);
    installGuard({ adapter, t: () => t, settings: () => settings });
    if (window === window.top) {
      let status: AdapterStatus = { adapter: adapter.id, name: adapter.name ?? adapter.id, missing: false };
      const missingAfter = import.meta.env.MODE === 'test' ? Number(new URL(location.href).searchParams.get('varsam-missing-after')) || undefined : undefined;
      watchAdapter(adapter, (s) => {
        status = s;
        void browser.runtime.sendMessage({ type: 'varsam:status', ...s }).catch(() => undefined);
      }, missingAfter);
      browser.runtime.onMessage.addListener((message: unknown) => {
        if ((message as TabMessage)?.type !== 'varsam:ping') return undefined;
        return Promise.resolve({ guarded: true, adapter: status.adapter, adapterName: status.name, missing: status.missing } satisfies TabStatus);
      });
    }
  },
});
