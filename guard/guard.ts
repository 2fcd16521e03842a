import { browser } from 'wxt/browser';
import { scan, countByKind, assessRisk, type Finding } from '../detectors';
import type { Translate } from '../locales';
import type { VarsamMessage, LogResult } from '../messaging/protocol';
import { siteOf } from '../log/event';
import { accessibleName, controlOf } from './accessible-name';
import { isPublishName } from './publish-words';
import { gatherText } from './gather-text';
import { openDialog } from './dialog/mount';
import { summarise } from './dialog/summary';
import type { SiteAdapter } from './adapters/adapter';

/** How long the user's own next activation is let through when a synthetic replay was ignored. */
const NEXT_ACTIVATION_WINDOW_MS = 60_000;

interface Allowance {
  control: HTMLElement;
  /** The text that was approved: a later activation with other text is checked again. */
  text: string;
  until: number;
  /** A synthetic replay is still expected. */
  synthetic: boolean;
}

export interface GuardOptions {
  adapter: SiteAdapter;
  t: () => Translate;
  send?: (message: VarsamMessage) => Promise<unknown>;
}

const isOurs = (event: Event) =>
  event.composedPath().some((n) => n instanceof Element && n.localName === 'varsam-dialog');

/**
 * Holds publish actions whose content holds personal data, asks the user, and replays the
 * action exactly once when the user decides to go on. Listens on `window` in the capture phase.
 */
export function installGuard({ adapter, t, send = (m) => browser.runtime.sendMessage(m) }: GuardOptions): () => void {
  let dialogOpen = false;
  let allowance: Allowance | undefined;

  const onClick = (event: MouseEvent) => {
    if (isOurs(event)) return;
    const control = controlOf(event);
    if (!control) return;

    if (dialogOpen) {
      // A second click while the dialog is open does nothing.
      if (isPublishName(accessibleName(control))) { event.preventDefault(); event.stopImmediatePropagation(); }
      return;
    }
    if (allowance && allowance.control === control) {
      if (!event.isTrusted && allowance.synthetic) { allowance.synthetic = false; return; }
      if (event.isTrusted && Date.now() < allowance.until && gatherText(control) === allowance.text) {
        allowance = undefined;
        return;
      }
    }
    if (!isPublishName(accessibleName(control))) return;

    const text = gatherText(control);
    const findings = scan(text);
    if (!assessRisk(findings).hold) {
      void send({ type: 'varsam:clean-pass', origin: location.origin }).catch(() => undefined);
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    hold(control, text, findings);
  };

  function hold(control: HTMLElement, text: string, findings: Finding[]) {
    dialogOpen = true;
    const translate = t();
    const record = async (decision: 'cancelled' | 'overridden'): Promise<LogResult> => {
      const { origin, path } = siteOf(location.href);
      try {
        const result = (await send({
          type: 'varsam:log-event',
          event: { time: new Date().toISOString(), origin, path, action: 'publish', adapter: adapter.id, decision, kinds: countByKind(findings) },
        })) as LogResult | undefined;
        return result ?? { ok: false, error: 'no answer from the extension' };
      } catch (error) {
        return { ok: false, error: String(error) };
      }
    };
    const close = openDialog({
      t: translate,
      groups: summarise(text, findings),
      hint: translate(adapter.replay === 'synthetic' ? 'dialog.replayHint' : 'dialog.nextActivationHint'),
      onCancel: () => {
        dialogOpen = false;
        close();
        void record('cancelled');
      },
      onProceed: async () => {
        const logged = await record('overridden');
        if (!logged.ok) return translate('dialog.logFailed', { error: logged.error });
        dialogOpen = false;
        close();
        allowance = { control, text, until: Date.now() + NEXT_ACTIVATION_WINDOW_MS, synthetic: adapter.replay === 'synthetic' };
        if (adapter.replay === 'synthetic') control.click();
        return undefined;
      },
    }, control);
  }

  window.addEventListener('click', onClick, true);
  return () => window.removeEventListener('click', onClick, true);
}
