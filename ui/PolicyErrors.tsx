import type { Translate } from '../locales';
import type { PolicyError } from '../policy/resolve';
import { policyErrorMessage } from './policy-text';

/** The policy's problems, each naming the field (popup and options page). Nothing when there are none. */
export function PolicyErrors({ t, errors }: { t: Translate; errors: readonly PolicyError[] | undefined }) {
  if (!errors?.length) return null;
  return (
    <section id="policy-errors" class="policy-errors" role="alert">
      <h2>{t('policy.problems')}</h2>
      <ul>{errors.map((e) => <li key={`${e.from}:${e.field}`} data-field={e.field}>{policyErrorMessage(t, e)}</li>)}</ul>
    </section>
  );
}
