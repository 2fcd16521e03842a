import { render } from 'preact';
import type { Translate } from '../../locales';
import { createToastHost } from './toast-host';

export const REPORT_OFFER_HOST = 'varsam-report-offer';

const CSS = `
:host { all: initial; }
.offer { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483646; max-width: 22rem; background: #fff; color: #1a1a1a;
  font: 15px/1.4 system-ui, sans-serif; border-left: 6px solid #b3261e; border-radius: 8px; padding: .75rem 1rem;
  box-shadow: 0 6px 24px rgba(0,0,0,.3); }
p { margin: 0 0 .5rem; }
.buttons { display: flex; gap: .5rem; flex-wrap: wrap; }
button { font: inherit; padding: .35rem .8rem; border-radius: 6px; border: 2px solid #b3261e; background: #b3261e; color: #fff; cursor: pointer; }
button.secondary { background: #fff; color: #1a1a1a; border-color: #1a1a1a; }
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .offer { background: #1f1f1f; color: #eee; } button.secondary { background: #1f1f1f; color: #eee; border-color: #eee; } }
`;

/**
 * After "publish anyway": a small, non-modal note in a closed shadow root — "Published. Was it
 * a mistake? Report breach" — that opens the report prefilled from that very log event. It stays
 * until the user closes it (Escape or Close) or leaves the page; it never takes focus.
 */
export function offerReport(t: Translate, onReport: () => void): () => void {
  const { host, mountPoint, close } = createToastHost(REPORT_OFFER_HOST, CSS);
  render(
    <div class="offer" role="status" aria-labelledby="varsam-offer-text">
      <p id="varsam-offer-text">{t('report.toast.text')}</p>
      <div class="buttons">
        <button type="button" id="varsam-report" onClick={() => { close(); onReport(); }}>{t('report.action')}</button>
        <button type="button" id="varsam-offer-close" class="secondary" onClick={close}>{t('report.toast.close')}</button>
      </div>
    </div>,
    mountPoint,
  );
  (document.body ?? document.documentElement).append(host);
  return close;
}
