import type { Translate } from '../../locales';
import type { Confirmation } from '../../policy/decide';

/** What the user gives when going on: written to the log (the justification masked). */
export interface PolicyAnswers {
  justification: string;
  confirmations: Confirmation[];
}

/** A justification counts when it says something (a few characters, not just spaces). */
export const justificationGiven = (text: string): boolean => text.trim().length >= 3;

/** Block mode: the policy does not allow going on; only cancel or fix. */
export function BlockedNotice({ t }: { t: Translate }) {
  return <p id="varsam-blocked" class="blocked">{t('dialog.blocked')}</p>;
}

/** The justification the policy asks for before going on (policy/decide.ts requireJustification). */
export function JustificationField({ t, value, onInput }: { t: Translate; value: string; onInput: (v: string) => void }) {
  return (
    <label class="justification">
      {t('dialog.justification')}
      <textarea id="varsam-justification" rows={3} maxLength={500} value={value} aria-describedby="varsam-justification-hint"
        onInput={(e) => onInput((e.target as HTMLTextAreaElement).value)} />
      <span id="varsam-justification-hint" class="hint">{t('dialog.justificationHint')}</span>
    </label>
  );
}
