import { render } from 'preact';
import type { Translate } from '../../locales';
import { createToastHost } from './toast-host';

export const NOTICE_HOST = 'varsam-notice';
/** How long a notice stays before it goes by itself. */
export const NOTICE_MS = 8000;

const CSS = `
:host { all: initial; }
.notice { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483646; max-width: 22rem; background: #fff; color: #1a1a1a;
  font: 15px/1.4 system-ui, sans-serif; border-left: 6px solid #0b57d0; border-radius: 8px; padding: .75rem 1rem;
  box-shadow: 0 6px 24px rgba(0,0,0,.3); display: flex; gap: .75rem; align-items: start; }
p { margin: 0; flex: 1; }
button { font: inherit; padding: .2rem .7rem; border-radius: 6px; border: 2px solid #1a1a1a; background: #fff; color: #1a1a1a; cursor: pointer; }
button:focus-visible { outline: 3px solid #0b57d0; outline-offset: 2px; }
@media (prefers-color-scheme: dark) { .notice { background: #1f1f1f; color: #eee; } button { background: #1f1f1f; color: #eee; border-color: #eee; } }
`;

/**
 * A short, non-modal note in a closed shadow root ("Checking cancelled — the file was not
 * attached"). It is a live region, never takes focus, and goes after NOTICE_MS, on Escape or Close.
 */
export function showNotice(t: Translate, text: string): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const { host, mountPoint, close } = createToastHost(NOTICE_HOST, CSS, () => clearTimeout(timer));
  const view = (message: string) => (
    <div class="notice" role="status">
      <p id="varsam-notice-text">{message}</p>
      <button type="button" id="varsam-notice-close" onClick={close}>{t('files.notice.close')}</button>
    </div>
  );
  // The live region exists (empty) before its text arrives, so screen readers announce the text.
  render(view(''), mountPoint);
  (document.body ?? document.documentElement).append(host);
  setTimeout(() => { if (host.isConnected) render(view(text), mountPoint); }, 100);
  timer = setTimeout(close, NOTICE_MS);
  return close;
}
