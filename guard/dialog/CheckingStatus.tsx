/**
 * "Checking vedtak.pdf… Reading page 3 of 20": shown while a file the user picked, dropped or
 * pasted is still being read (guard/files/checking.tsx decides when). A small non-modal panel in
 * the corner, in the same closed shadow root as the warning dialog (the user may go on writing
 * the post meanwhile), with a progress bar when the total is known and a Cancel button (Escape
 * does the same while focus is in it); it turns into the warning dialog in place.
 */
import type { Translate } from '../../locales';
import type { FileProgress } from '../../files/wire';

export interface CheckingStatusProps {
  t: Translate;
  /** The file being read now. */
  name: string;
  /** Which of how many files (shown when more than one). */
  index: number;
  count: number;
  /** The latest progress from the checker; undefined before the first report. */
  progress?: Pick<FileProgress, 'stage' | 'done' | 'total' | 'unit'>;
  onCancel: () => void;
}

/** The stage in words: "Reading page 3 of 20", "Reading sheet 2 of 5", "Looking for faces…". */
export function stageText(t: Translate, progress: CheckingStatusProps['progress']): string {
  if (!progress) return t('files.stage.start');
  const { stage, done, total, unit } = progress;
  if (stage === 'text' && total > 1) {
    // Pages are counted when read ("page 3" is the last one read); sheets, slides, parts and
    // attachments by the one being read now (done + 1), up to the last.
    if (unit === undefined || unit === 'page') return t('files.stage.page', { done: Math.max(1, done), total });
    return t(`files.stage.${unit}`, { n: Math.min(done + 1, total), total });
  }
  if (stage === 'text') return t('files.stage.text');
  return t(`files.stage.${stage}`);
}

/** The stage without numbers, for the live region (announced when the stage changes, not every page). */
const stageName = (t: Translate, progress: CheckingStatusProps['progress']) =>
  !progress ? t('files.stage.start') : progress.stage === 'text' ? t('files.stage.text') : t(`files.stage.${progress.stage}`);

export function CheckingStatus({ t, name, index, count, progress, onCancel }: CheckingStatusProps) {
  // A bar only when the checker knows how much there is (pages of a PDF, OCR); otherwise indeterminate.
  const measured = progress && progress.total > 1 ? { value: Math.min(progress.done, progress.total), max: progress.total } : undefined;
  const line = stageText(t, progress);
  return (
    <div class="checking-corner">
      <div class="dialog checking" role="dialog" aria-labelledby="varsam-check-title" aria-describedby="varsam-check-local">
        <h2 id="varsam-check-title">{t('files.checking', { name })}</h2>
        {count > 1 && <p id="varsam-check-count">{t('files.checking.of', { n: index + 1, count })}</p>}
        <p id="varsam-check-local" class="hint">{t('files.checking.local')}</p>
        <p id="varsam-check-stage" data-stage={progress?.stage ?? 'start'} data-unit={progress?.unit} data-done={progress?.done} data-total={progress?.total}>{line}</p>
        <progress id="varsam-check-bar" aria-labelledby="varsam-check-stage" aria-valuetext={line} {...(measured ?? {})} />
        <span class="sr-only" role="status">{stageName(t, progress)}</span>
        <div class="buttons">
          <button type="button" id="varsam-check-cancel" onClick={onCancel}>{t('dialog.cancel')}</button>
        </div>
      </div>
    </div>
  );
}

export const CHECKING_CSS = `
.checking-corner { position: fixed; right: 1rem; bottom: 1rem; z-index: 2147483646; width: min(24rem, calc(100% - 2rem));
  font: 15px/1.4 system-ui, sans-serif; }
.dialog.checking { width: auto; max-width: none; padding: .9rem 1.1rem; border-top-color: #0b57d0; }
.checking h2 { font-size: 1.05rem; }
.checking .buttons { margin-top: .5rem; }
.checking h2 { overflow-wrap: anywhere; }
.checking progress { width: 100%; height: .75rem; margin: .25rem 0; accent-color: #0b57d0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;
