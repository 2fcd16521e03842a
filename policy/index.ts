export * from './schema';
export { DEFAULT_POLICY } from './defaults';
export { POLICY_FIELDS, unwrapValue, type PolicyField } from './fields';
export { resolvePolicy, defaultEffectivePolicy, type EffectivePolicy, type PolicyError, type PolicyProblem } from './resolve';
export { decide, type GuardDecision, type GuardMode, type Confirmation } from './decide';
export { isAllowlisted, siteRulesFor, scanOptionsOf } from './sites';
export { matchesUrlPattern, isValidUrlPattern } from './url-pattern';
