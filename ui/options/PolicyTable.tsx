import type { Translate } from '../../locales';
import type { EffectivePolicy } from '../../policy/resolve';
import { POLICY_FIELDS } from '../../policy/fields';
import { fieldLabel } from '../policy-text';
import { formatValue, valueAt } from './format';

/** Every setting in effect, its value and where it comes from (administrator, user, default). */
export function PolicyTable({ t, effective }: { t: Translate; effective: EffectivePolicy }) {
  return (
    <table id="policy" class="policy">
      <thead><tr><th scope="col">{t('options.column.setting')}</th><th scope="col">{t('options.column.value')}</th><th scope="col">{t('options.column.source')}</th></tr></thead>
      <tbody>
        {POLICY_FIELDS.map((f) => {
          const source = effective.sources[f.path] ?? 'default';
          return (
            <tr key={f.path} data-field={f.path} data-source={source}>
              <th scope="row">{fieldLabel(t, f.path)}</th>
              <td class="value">{formatValue(t, f.path, valueAt(effective.policy, f.keys))}</td>
              <td class={`source ${source}`}>{t(`policy.source.${source}`)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
