import type { Translate } from '../locales';
import type { PolicyError } from '../policy/resolve';

/** The user-facing name of a policy field (policy/fields.ts path). */
export function fieldLabel(t: Translate, path: string): string {
  const action = /^actions\.([\w-]+)\.(mode|requireJustification)$/.exec(path);
  if (action) {
    return t(action[2] === 'mode' ? 'policy.field.actionMode' : 'policy.field.actionJustification', { action: t(`policy.action.${action[1]}`) });
  }
  return t(`policy.field.${path}`);
}

/** One localized sentence naming the field, the problem and what is used instead. */
export function policyErrorMessage(t: Translate, error: PolicyError): string {
  return t(error.from === 'admin' ? 'policy.error.admin' : 'policy.error.user', {
    field: fieldLabel(t, error.field),
    problem: t(`policy.problem.${error.problem}`),
    fallback: t(`policy.fallback.${error.fallback}`),
  });
}
