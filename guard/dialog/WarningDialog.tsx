import { useState } from 'preact/hooks';
import type { Translate } from '../../locales';
import type { FindingGroup } from './summary';

export interface WarningDialogProps {
  t: Translate;
  groups: FindingGroup[];
  /** Explains how the approved action will be performed again. */
  hint: string;
  onCancel: () => void;
  /** Resolves to an error message when the action cannot go on (e.g. the log write failed). */
  onProceed: () => Promise<string | undefined>;
}

/** The accessible warning dialog: role=alertdialog, labelled and described (mount.tsx focuses Cancel). */
export function WarningDialog({ t, groups, hint, onCancel, onProceed }: WarningDialogProps) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const proceed = async () => {
    if (busy) return;
    setBusy(true);
    const problem = await onProceed();
    if (problem) { setError(problem); setBusy(false); }
  };

  return (
    <div class="backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true"
        aria-labelledby="varsam-title" aria-describedby="varsam-desc varsam-findings">
        <h2 id="varsam-title">{t('dialog.title')}</h2>
        <p id="varsam-desc">{t('dialog.description')}</p>
        <ul id="varsam-findings" class="findings" aria-label={t('dialog.found')}>
          {groups.map((g) => (
            <li key={g.kind} data-kind={g.kind}>
              <strong>{t(`kind.${g.kind}`)}</strong> ({g.masked.length}):{' '}
              {g.masked.map((m, i) => <code key={i} class="masked">{m}</code>)}
            </li>
          ))}
        </ul>
        <p class="hint">{hint}</p>
        {error && <p class="error" role="alert">{error}</p>}
        <div class="buttons">
          <button type="button" id="varsam-cancel" onClick={onCancel}>{t('dialog.cancel')}</button>
          <button type="button" id="varsam-proceed" class="secondary" disabled={busy} onClick={proceed}>
            {t('dialog.proceed.publish')}
          </button>
        </div>
      </div>
    </div>
  );
}
