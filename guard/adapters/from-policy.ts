import type { SiteAdapter } from './adapter';
import { siteRulesFor } from '../../policy/sites';
import type { Policy, SiteRule } from '../../policy/schema';

/**
 * An administrator's site rule (policy `siteRules`) as a site adapter: the rule's selectors say
 * where the text, attachments, public toggle and finalise control are. Journal rules
 * (`journal-publish`) go to the journal checks instead (guard/settings.ts).
 */
export function adapterFromRule(rule: SiteRule): SiteAdapter {
  return {
    id: `rule:${rule.name}`,
    name: rule.name,
    kind: rule.action === 'email' ? 'mail' : 'generic',
    replay: 'synthetic',
    text: rule.text,
    publish: rule.finalise,
    policyAction: rule.action,
    ...(rule.attachments ? { attachments: rule.attachments } : {}),
    ...(rule.publicToggle ? { audience: { public: `${rule.publicToggle}:checked, ${rule.publicToggle}[aria-checked="true"]` } } : {}),
  };
}

/** Whether the browser can parse `selector` (a rule with a broken selector is skipped, not half-applied). */
export function isValidSelector(selector: string | undefined): boolean {
  if (selector === undefined) return true;
  try { document.createDocumentFragment().querySelector(selector); return true; } catch { return false; }
}

const selectorsValid = (r: SiteRule) => [r.text, r.finalise, r.attachments, r.publicToggle, r.exemption].every(isValidSelector);

/** The adapter from the first usable site rule that matches `href`, if any. */
export function ruleAdapterFor(href: string, policy: Policy): SiteAdapter | undefined {
  const rule = siteRulesFor(href, policy).find((r) => r.action !== 'journal-publish' && selectorsValid(r));
  return rule ? adapterFromRule(rule) : undefined;
}
