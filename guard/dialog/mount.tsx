import { render } from 'preact';
import { WarningDialog, type WarningDialogProps } from './WarningDialog';
import { DIALOG_CSS } from './styles';
import { FILES_CSS } from './FilesPanel';

const FOCUSABLE = 'button:not([disabled]), [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Shows the dialog in a closed shadow root (the page can neither read nor click it), traps
 * focus inside, cancels on Escape and gives focus back to `returnFocus` when it closes.
 * Returns a function that closes it.
 */
export function openDialog(
  props: Omit<WarningDialogProps, 'onCancel'> & { onCancel: () => void },
  returnFocus: HTMLElement | undefined,
): () => void {
  const host = document.createElement('varsam-dialog');
  host.setAttribute('data-varsam', 'dialog');
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = DIALOG_CSS + FILES_CSS;
  const mountPoint = document.createElement('div');
  shadow.append(style, mountPoint);

  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    render(null, mountPoint);
    host.remove();
    returnFocus?.focus({ preventScroll: true });
  };

  shadow.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      props.onCancel();
      return;
    }
    if (e.key !== 'Tab') return;
    const items = [...shadow.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (items.length === 0) return;
    const index = items.indexOf(shadow.activeElement as HTMLElement);
    const next = e.shiftKey
      ? (index <= 0 ? items.length - 1 : index - 1)
      : (index === -1 || index === items.length - 1 ? 0 : index + 1);
    e.preventDefault();
    items[next]!.focus();
  });
  // Focus may not leave the dialog while it is open (e.g. a click on the backdrop).
  shadow.addEventListener('focusout', (event) => {
    const to = (event as FocusEvent).relatedTarget as Node | null;
    if (!closed && (!to || !shadow.contains(to))) {
      queueMicrotask(() => { if (!closed && !shadow.activeElement) shadow.querySelector<HTMLElement>('#varsam-cancel')?.focus(); });
    }
  });

  (document.body ?? document.documentElement).append(host);
  render(<WarningDialog {...props} />, mountPoint);
  // Preact renders synchronously: move focus now, before the user can press another key.
  shadow.querySelector<HTMLElement>('#varsam-cancel')?.focus();
  return close;
}
