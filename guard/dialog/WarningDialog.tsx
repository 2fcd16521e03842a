import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Translate } from '../../locales';
import type { FindingGroup } from './summary';
import { BlockedNotice, JustificationField, justificationGiven, type PolicyAnswers } from './PolicyControls';
import { FilesPanel, type FilesPanelProps } from './FilesPanel';

export interface DialogRecipients { to: string[]; cc: string[]; bcc: string[]; external: string[] }

export interface WarningDialogProps {
  t: Translate;
  /** Heading; defaults to the publish title. */
  title?: string;
  /** Plain-language reasons the action is held, one paragraph each. */
  reasons?: string[];
  groups: FindingGroup[];
  /** Recipients to check (e-mail). */
  recipients?: DialogRecipients;
  /** Suggested legal basis for exempting a journal entry. */
  basis?: string;
  /** Ask the two child questions; the proceed button stays disabled until both are ticked. */
  confirmChildren?: boolean;
  /** Label of the proceed button ("Publish anyway", "Send anyway" …). */
  proceedLabel?: string;
  /** Explains how the approved action will be performed again. */
  hint: string;
  onCancel: () => void;
  /** Resolves to an error message when the action cannot go on (e.g. the log write failed). */
  onProceed: (answers: PolicyAnswers) => Promise<string | undefined>;
  /** Policy block mode: no way to go on, only cancel (policy/decide.ts). */
  blocked?: boolean;
  /** Policy asks for a written justification before going on. */
  requireJustification?: boolean;
  /** Attached files: findings per page/sheet, photos, fixes (files/ and guard/files). */
  files?: Omit<FilesPanelProps, 't'> & {
    /** Whether photos still show faces after the current fixes (the child questions follow it). */
    facesLeft?: (reports: FilesPanelProps['reports']) => boolean;
  };
  /** Extra content (e.g. a justification field, a report link) placed above the buttons. */
  children?: ComponentChildren;
}

function RecipientList({ t, label, list, external }: { t: Translate; label: string; list: string[]; external: string[] }) {
  if (list.length === 0) return null;
  return (
    <li><strong>{label}:</strong>{' '}
      {list.map((a, i) => (
        <span key={i} class={external.includes(a) ? 'recipient external' : 'recipient'} data-external={String(external.includes(a))}>
          {a}{external.includes(a) ? ` (${t('guard.recipients.external')})` : ''}{i < list.length - 1 ? ', ' : ''}
        </span>
      ))}
    </li>
  );
}

/** The accessible warning dialog: role=alertdialog, labelled and described (mount.tsx focuses Cancel). */
export function WarningDialog(props: WarningDialogProps) {
  const { t, groups, hint, onCancel, onProceed, reasons = [], recipients, basis, children, blocked, requireJustification } = props;
  const [facesLeft, setFacesLeft] = useState(true);
  // The child questions follow the photos: once every face is blurred they are no longer asked.
  const confirmChildren = props.confirmChildren && !blocked && (!props.files?.facesLeft || facesLeft);
  const files = props.files;
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [noProtected, setNoProtected] = useState(false);
  const [consent, setConsent] = useState(false);
  const [justification, setJustification] = useState('');
  const confirmed = (!confirmChildren || (noProtected && consent)) && (!requireJustification || justificationGiven(justification));

  const proceed = async () => {
    if (busy || !confirmed || blocked) return;
    setBusy(true);
    const problem = await onProceed({
      justification: requireJustification ? justification.trim() : '',
      confirmations: confirmChildren ? ['protected-identity', 'consent'] : [],
    });
    if (problem) { setError(problem); setBusy(false); }
  };

  return (
    <div class="backdrop">
      <div class="dialog" role="alertdialog" aria-modal="true"
        aria-labelledby="varsam-title" aria-describedby="varsam-desc varsam-reasons varsam-findings">
        <h2 id="varsam-title">{props.title ?? t('dialog.title')}</h2>
        <p id="varsam-desc">{reasons.length ? t('guard.intro') : t('dialog.description')}</p>
        {reasons.length > 0 && (
          <ul id="varsam-reasons" class="reasons">
            {reasons.map((r, i) => <li key={i}>{r}</li>)}
          </ul>
        )}
        {groups.length > 0 && (
          <ul id="varsam-findings" class="findings" aria-label={t('dialog.found')}>
            {groups.map((g) => (
              <li key={g.kind} data-kind={g.kind}>
                <strong>{t(`kind.${g.kind}`)}</strong> ({g.masked.length}):{' '}
                {g.masked.map((m, i) => <code key={i} class="masked">{m}</code>)}
              </li>
            ))}
          </ul>
        )}
        {basis && <p id="varsam-basis" class="basis">{basis}</p>}
        {recipients && (
          <div id="varsam-recipients" class="recipients">
            <p>{t('guard.recipients.check')}</p>
            <ul>
              <RecipientList t={t} label={t('guard.recipients.to')} list={recipients.to} external={recipients.external} />
              <RecipientList t={t} label={t('guard.recipients.cc')} list={recipients.cc} external={recipients.external} />
              <RecipientList t={t} label={t('guard.recipients.bcc')} list={recipients.bcc} external={recipients.external} />
            </ul>
          </div>
        )}
        {files && (
          <FilesPanel t={t} {...files} onChange={(reports) => {
            files.onChange(reports);
            if (files.facesLeft) setFacesLeft(files.facesLeft(reports));
          }} />
        )}
        {confirmChildren && (
          <fieldset id="varsam-children" class="confirm">
            <legend>{t('guard.children.legend')}</legend>
            <label><input type="checkbox" id="varsam-confirm-protected" checked={noProtected}
              onChange={(e) => setNoProtected((e.target as HTMLInputElement).checked)} /> {t('guard.children.protected')}</label>
            <label><input type="checkbox" id="varsam-confirm-consent" checked={consent}
              onChange={(e) => setConsent((e.target as HTMLInputElement).checked)} /> {t('guard.children.consent')}</label>
          </fieldset>
        )}
        {children}
        {requireJustification && !blocked && <JustificationField t={t} value={justification} onInput={setJustification} />}
        {blocked ? <BlockedNotice t={t} /> : <p class="hint">{hint}</p>}
        {error && <p class="error" role="alert">{error}</p>}
        <div class="buttons">
          <button type="button" id="varsam-cancel" onClick={onCancel}>{t('dialog.cancel')}</button>
          {!blocked && <button type="button" id="varsam-proceed" class="secondary" disabled={busy || !confirmed} onClick={proceed}
            aria-describedby={confirmChildren && !confirmed ? 'varsam-children' : undefined}>
            {props.proceedLabel ?? t('dialog.proceed.publish')}
          </button>}
        </div>
      </div>
    </div>
  );
}
