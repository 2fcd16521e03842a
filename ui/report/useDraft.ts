import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Incident } from '../../report/model';
import { getDraft, putDraft } from '../../reporting/drafts';

export type SaveState = { at?: string; error?: string };

/**
 * A report draft from IndexedDB that saves itself: every change is written within a moment,
 * so closing the tab, the browser or a sleeping service worker loses nothing. The worker is told
 * afterwards, so reminders and the badge follow.
 */
export function useDraft(id: string) {
  const [draft, setDraft] = useState<Incident | null>();
  const [saved, setSaved] = useState<SaveState>({});
  const pending = useRef<Incident | undefined>(undefined);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    void getDraft(id).then((d) => setDraft(d ?? null)).catch(() => setDraft(null));
  }, [id]);

  const flush = async () => {
    const next = pending.current;
    if (!next) return;
    pending.current = undefined;
    try {
      const stored = await putDraft(next);
      setSaved({ at: stored.updatedAt });
      await browser.runtime.sendMessage({ type: 'varsam:report-changed', id: stored.id }).catch(() => undefined);
    } catch (error) {
      setSaved({ error: error instanceof Error ? error.message : String(error) });
    }
  };

  useEffect(() => {
    const onHide = () => { clearTimeout(timer.current); void flush(); };
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, []);

  const update = (change: (d: Incident) => Incident) => {
    setDraft((d) => {
      if (!d) return d;
      const next = change(d);
      pending.current = next;
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), 250);
      return next;
    });
  };

  return { draft, update, saved, flush };
}
