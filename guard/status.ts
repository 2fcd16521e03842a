/**
 * Visible state: tells the extension which adapter guards this page and whether the adapter
 * found the controls it expects. Site adapters with an `expect` selector watch for it (sites
 * build their UI late); when it never appears the badge says so instead of failing silently.
 */
import type { SiteAdapter } from './adapters/adapter';
import { deepQueryAll } from './dom';

export interface AdapterStatus { adapter: string; name: string; missing: boolean }

export function watchAdapter(adapter: SiteAdapter, report: (status: AdapterStatus) => void, missingAfterMs = 8000): () => void {
  const base = { adapter: adapter.id, name: adapter.name ?? adapter.id };
  if (!adapter.expect) { report({ ...base, missing: false }); return () => undefined; }
  const selector = adapter.expect;
  let found = false;
  let reportedMissing = false;
  let observer: MutationObserver | undefined;
  let scheduled = false;
  const check = () => {
    scheduled = false;
    if (found || !document.documentElement) return;
    if (deepQueryAll(document, selector).length > 0) {
      found = true;
      observer?.disconnect();
      clearTimeout(timer);
      report({ ...base, missing: false });
    }
  };
  const timer = setTimeout(() => {
    check();
    if (!found && !reportedMissing) { reportedMissing = true; report({ ...base, missing: true }); }
  }, missingAfterMs);
  const start = () => {
    check();
    if (found) return;
    observer = new MutationObserver(() => { if (!scheduled) { scheduled = true; setTimeout(check, 250); } });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
  return () => { observer?.disconnect(); clearTimeout(timer); };
}
