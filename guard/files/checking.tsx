/**
 * Runs the check of files a user picked, dropped or pasted, with the status the user sees: if it
 * takes longer than PROGRESS_DELAY_MS, "Checking vedtak.pdf… Reading page 3 of 20" appears
 * (guard/dialog/CheckingStatus.tsx) with Cancel and Escape. Fast files never show it. Cancel
 * stops the work in the offscreen document and forgets the files (guard/files/inspect.ts), so
 * the same file picked again is checked again.
 */
import type { Translate } from '../../locales';
import type { FileProgress } from '../../files/wire';
import { focusedElement, mountDialogHost, type DialogHost } from '../dialog/mount';
import { CheckingStatus } from '../dialog/CheckingStatus';
import { cancelFiles, inspectAndRemember, onFileProgress, type FileReport } from './inspect';

/** Checks shorter than this show nothing (no flicker); longer ones show the status. */
export const PROGRESS_DELAY_MS = 400;
/** Once shown, the status stays at least this long before it simply disappears (a clean file). */
export const MIN_VISIBLE_MS = 500;

export interface CheckRun {
  /** The reports, or `cancelled` when the user stopped the check (the files must not be delivered). */
  result: Promise<FileReport[] | 'cancelled'>;
  /** The status's host while it is shown: the warning dialog opens in it, so focus stays put. */
  host(): DialogHost | undefined;
  /** Removes the status (check finished clean, or cancelled); waits out MIN_VISIBLE_MS when `gently`. */
  close(gently?: boolean): Promise<void>;
}

export interface CheckRunOptions {
  t: () => Translate;
  delayMs?: number;
  /** Whether the status may show now (not while another Varsam dialog is open). */
  mayShow: () => boolean;
  /** The status appeared. */
  onShow?: () => void;
}

/**
 * The status takes focus only when the user is not doing something else: focus is still on the
 * file input the file came from, or nowhere. Someone who went on typing the post keeps typing.
 */
function userIsIdle(): boolean {
  const el = focusedElement();
  return !el || (el instanceof HTMLInputElement && el.type === 'file');
}

export function runCheck(files: File[], { t, delayMs = PROGRESS_DELAY_MS, mayShow, onShow }: CheckRunOptions): CheckRun {
  let host: DialogHost | undefined;
  let shownAt = 0;
  let current: { file: File; progress?: Pick<FileProgress, 'stage' | 'done' | 'total' | 'unit'> } = { file: files[0]! };
  let finished = false;
  let stop: (v: 'cancelled') => void = () => undefined;
  const cancelled = new Promise<'cancelled'>((resolve) => { stop = resolve; });

  const cancel = () => {
    if (finished) return;
    finished = true;
    cancelFiles(files);
    stop('cancelled');
  };
  const draw = (takeFocus = false) => {
    if (!host || finished) return;
    const index = Math.max(0, files.indexOf(current.file));
    host.show(
      <CheckingStatus t={t()} name={current.file.name} index={index} count={files.length} progress={current.progress} onCancel={cancel} />,
      { onEscape: cancel, focus: '#varsam-check-cancel', modal: false, takeFocus },
    );
  };
  const off = onFileProgress((p) => {
    if (!p.file || !files.includes(p.file) || p.stage === 'fix') return;
    current = { file: p.file, progress: { stage: p.stage, done: p.done, total: p.total, unit: p.unit } };
    draw();
  });
  const timer = setTimeout(() => {
    if (finished || !mayShow()) return;
    host = mountDialogHost();
    shownAt = Date.now();
    onShow?.();
    draw(userIsIdle());
  }, delayMs);

  const result = Promise.race([inspectAndRemember(files), cancelled]).then((r) => {
    finished = true;
    return r;
  }).finally(() => { clearTimeout(timer); off(); });

  return {
    result,
    host: () => (host && !host.closed ? host : undefined),
    async close(gently = false) {
      if (!host || host.closed) return;
      const left = shownAt + MIN_VISIBLE_MS - Date.now();
      if (gently && left > 0) await new Promise((r) => setTimeout(r, left));
      host.close();
    },
  };
}
