import { matchesUrlPattern } from './url-pattern';
import type { Policy, SiteRule } from './schema';

/** Allow-listed sites are not guarded at all. */
export function isAllowlisted(url: string, policy: Policy): boolean {
  return policy.allowlist.some((p) => matchesUrlPattern(p, url));
}

/** The admin's site rules that apply to `url`, first match first. */
export function siteRulesFor(url: string, policy: Policy): SiteRule[] {
  return policy.siteRules.filter((r) => matchesUrlPattern(r.urlPattern, url));
}

/** The scan options the policy asks for (same plain shape as detectors' ScanOptions). */
export function scanOptionsOf(policy: Policy): { minScore: number; detectors: Policy['detectors'] } {
  return { minScore: policy.minScore, detectors: policy.detectors };
}
