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
  const latest = useRef<Incident | undefined>(undefined);
  const writing = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    void getDraft(id).then((d) => setDraft(d ?? null)).catch(() => setDraft(null));
  }, [id]);

  /** Writes the latest version; writes run one after the other, so the last change always wins. */
  const flush = (): Promise<void> => {
    writing.current = writing.current.then(async () => {
      const next = latest.current;
      if (!next) return;
      latest.current = undefined;
      try {
        const stored = await putDraft(next);
        setSaved({ at: stored.updatedAt });
        await browser.runtime.sendMessage({ type: 'varsam:report-changed', id: stored.id }).catch(() => undefined);
      } catch (error) {
        setSaved({ error: error instanceof Error ? error.message : String(error) });
      }
    });
    return writing.current;
  };

  // Every change is written at once (IndexedDB is quick), so closing the tab right after typing loses nothing.
  const update = (change: (d: Incident) => Incident) => {
    setDraft((d) => {
      if (!d) return d;
      const next = change(d);
      latest.current = next;
      void flush();
      return next;
    });
  };

  return { draft, update, saved, flush };
}
