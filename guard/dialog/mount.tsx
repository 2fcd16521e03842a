import { render, type VNode } from 'preact';
import { WarningDialog, type WarningDialogProps } from './WarningDialog';
import { DIALOG_CSS } from './styles';
import { FILES_CSS } from './FilesPanel';
import { CHECKING_CSS } from './CheckingStatus';

const FOCUSABLE = 'button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** The element that has focus, through open shadow roots (undefined for none or the body). */
export function focusedElement(): HTMLElement | undefined {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== document.body ? el : undefined;
}

/**
 * Varsam's UI on a page, in a closed shadow root (the page can neither read nor click it). Shown
 * `modal` (the warning dialog) it traps focus, cancels on Escape and gives focus back when it
 * closes; shown non-modal (the "checking the file" status) it leaves focus where it is unless
 * asked to take it, and Escape works while focus is inside. The status and the warning dialog
 * share one host, so the status turns into the dialog in place.
 */
export interface DialogHost {
  /** Renders `content` (replacing what was there); `focus` is the control that gets focus when it is taken. */
  show(content: VNode, options: { onEscape: () => void; focus: string; modal: boolean; takeFocus?: boolean }): void;
  close(): void;
  readonly closed: boolean;
}

export function mountDialogHost(returnFocus?: HTMLElement): DialogHost {
  const host = document.createElement('varsam-dialog');
  host.setAttribute('data-varsam', 'dialog');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = DIALOG_CSS + FILES_CSS + CHECKING_CSS;
  const mountPoint = document.createElement('div');
  shadow.append(style, mountPoint);

  let closed = false;
  let modal = false;
  let onEscape = () => undefined as void;
  let focusSelector = '#varsam-cancel';
  /** Focus goes back here on close: the control given, or where focus was when Varsam took it. */
  const takeFocus = () => {
    if (!shadow.activeElement) {
      returnFocus ??= focusedElement();
      shadow.querySelector<HTMLElement>(focusSelector)?.focus();
    }
  };

  shadow.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      onEscape();
      return;
    }
    if (e.key !== 'Tab' || !modal) return;
    const items = [...shadow.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const index = items.indexOf(shadow.activeElement as HTMLElement);
    const next = e.shiftKey
      ? (index <= 0 ? items.length - 1 : index - 1)
      : (index === -1 || index === items.length - 1 ? 0 : index + 1);
    e.preventDefault();
    items[next]!.focus();
  });
  // Focus may not leave a modal while it is open (e.g. a click on the backdrop).
  shadow.addEventListener('focusout', (event) => {
    const to = (event as FocusEvent).relatedTarget as Node | null;
    if (modal && !closed && (!to || !shadow.contains(to))) {
      queueMicrotask(() => { if (modal && !closed && !shadow.activeElement) shadow.querySelector<HTMLElement>(focusSelector)?.focus(); });
    }
  });
  (document.body ?? document.documentElement).append(host);

  return {
    get closed() { return closed; },
    show(content, options) {
      if (closed) return;
      onEscape = options.onEscape;
      focusSelector = options.focus;
      modal = options.modal;
      render(content, mountPoint);
      // Preact renders synchronously: move focus now, before the user can press another key.
      if (options.takeFocus ?? modal) takeFocus();
    },
    close() {
      if (closed) return;
      closed = true;
      const hadFocus = Boolean(shadow.activeElement);
      render(null, mountPoint);
      host.remove();
      if (hadFocus || modal) returnFocus?.focus({ preventScroll: true });
    },
  };
}

/**
 * Shows the warning dialog (in `host` when given: the status that was showing turns into it).
 * Focus goes to Cancel. Returns a function that closes it.
 */
export function openDialog(
  props: Omit<WarningDialogProps, 'onCancel'> & { onCancel: () => void },
  returnFocus: HTMLElement | undefined,
  host: DialogHost = mountDialogHost(returnFocus),
): () => void {
  host.show(<WarningDialog {...props} />, { onEscape: props.onCancel, focus: '#varsam-cancel', modal: true });
  return () => host.close();
}
