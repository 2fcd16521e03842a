import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Translate } from '../../locales';
import type { EffectivePolicy } from '../../policy/resolve';
import { ACTION_TYPES, MODES } from '../../policy/constants';
import { USER_SETTINGS_KEY } from '../../policy/watch';
import { fieldLabel } from '../policy-text';

type UserSettings = { actions?: Record<string, { mode?: string; requireJustification?: boolean }>; minScore?: number; allowlist?: string[] };

/**
 * The settings a user may change for themselves: only those the administrator has not set, and
 * only when the policy allows user settings. Saved to storage.local; the service worker then
 * resolves the policy again (bad values are reported like the administrator's).
 */
export function UserSettingsForm({ t, effective }: { t: Translate; effective: EffectivePolicy }) {
  const [saved, setSaved] = useState(false);
  if (!effective.policy.userSettings) return <p id="user-locked">{t('options.userLocked')}</p>;
  const mine = (path: string) => (effective.sources[path] ?? 'default') !== 'admin';
  const editable = ACTION_TYPES.filter((a) => mine(`actions.${a}.mode`));

  const save = async (form: HTMLFormElement) => {
    const data = new FormData(form);
    const next: UserSettings = { actions: {} };
    for (const a of editable) next.actions![a] = { mode: String(data.get(`mode-${a}`)) };
    if (mine('minScore')) next.minScore = Number(data.get('minScore'));
    if (mine('allowlist')) next.allowlist = String(data.get('allowlist') ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
    await browser.storage.local.set({ [USER_SETTINGS_KEY]: next });
    setSaved(true);
  };

  return (
    <form id="user-settings" onSubmit={(e) => { e.preventDefault(); void save(e.currentTarget); }} onInput={() => setSaved(false)}>
      {editable.map((a) => (
        <label key={a}>
          {fieldLabel(t, `actions.${a}.mode`)}{' '}
          <select name={`mode-${a}`} id={`mode-${a}`} value={effective.policy.actions[a].mode}>
            {MODES.map((m) => <option key={m} value={m}>{t(`policy.mode.${m}`)}</option>)}
          </select>
        </label>
      ))}
      {mine('minScore') && (
        <label>{fieldLabel(t, 'minScore')}{' '}
          <input type="number" name="minScore" id="minScore" min={0} max={1} step={0.05} value={effective.policy.minScore} />
        </label>
      )}
      {mine('allowlist') && (
        <label>{fieldLabel(t, 'allowlist')}
          <textarea name="allowlist" id="allowlist" rows={3} value={effective.policy.allowlist.join('\n')} aria-describedby="allowlist-hint" />
          <span id="allowlist-hint" class="hint">{t('options.allowlistHint')}</span>
        </label>
      )}
      <p><button type="submit" id="save">{t('options.save')}</button> {saved && <span role="status" id="saved">{t('options.saved')}</span>}</p>
    </form>
  );
}
