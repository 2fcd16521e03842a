import { browser } from 'wxt/browser';
import { installGuard } from '../guard/guard';
import { genericAdapter } from '../guard/adapters/generic';
import { translator, type Translate } from '../locales';
import { loadLanguage } from '../ui/language';
import type { TabMessage, TabStatus } from '../messaging/protocol';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  main() {
    let t: Translate = translator('en');
    void loadLanguage().then((lang) => { t = translator(lang); });
    installGuard({ adapter: genericAdapter, t: () => t });
    if (window === window.top) {
      browser.runtime.onMessage.addListener((message: unknown) => {
        if ((message as TabMessage)?.type !== 'varsam:ping') return undefined;
        return Promise.resolve({ guarded: true, adapter: genericAdapter.id } satisfies TabStatus);
      });
    }
  },
});
