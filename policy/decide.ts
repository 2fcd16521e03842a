import type { ActionType, FailMode, Mode } from './constants';
import type { Policy } from './schema';

/** What the guard does with one action. `pass` covers both clean content and mode `off`. */
export type GuardMode = 'pass' | 'warn' | 'confirm' | 'block';
export type Confirmation = 'protected-identity' | 'consent';

export interface GuardDecision {
  mode: GuardMode;
  /** Going on (warn/confirm) needs a written justification. */
  requireJustification: boolean;
  /** Statements the user must tick before going on (confirm mode only). */
  requireConfirmations: Confirmation[];
  /** What applies if the scan fails or times out. */
  failMode: FailMode;
}

/** The part of detectors' Risk that decide() reads. */
export interface RiskLike {
  hold: boolean;
  specialKinds?: readonly string[];
}

export interface DecideContext {
  /** Faces found in photos or images of the action. */
  faces?: number;
  /** The scan failed or timed out: policy's scanFailure applies (never a silent pass). */
  scanFailed?: boolean;
}

/**
 * The policy's answer for one action (ARCHITECTURE.md "Modes"): off/clean → pass; warn → one
 * click continues; confirm → the confirmations (and a justification where asked) first; block →
 * only cancel or fix. Faces or a protected-identity finding add confirmations and lift warn to
 * confirm. A failed scan gets policy's scanFailure mode (confirm or block), even for mode off. Pure.
 */
export function decide(actionType: ActionType, risk: RiskLike, policy: Policy, context: DecideContext = {}): GuardDecision {
  const failMode = policy.scanFailure;
  const action = policy.actions[actionType];
  const confirmations: Confirmation[] = [];
  if ((context.faces ?? 0) > 0 && policy.photos.facesRequireConsent) confirmations.push('consent');
  if (((context.faces ?? 0) > 0 && policy.photos.facesRequireProtectedIdentity)
    || risk.specialKinds?.includes('special.protected-identity')) confirmations.push('protected-identity');

  let base: Mode | FailMode;
  if (context.scanFailed) base = failMode;
  else if (!risk.hold && confirmations.length === 0) return { mode: 'pass', requireJustification: false, requireConfirmations: [], failMode };
  else base = action.mode;

  switch (base) {
    case 'off': return { mode: 'pass', requireJustification: false, requireConfirmations: [], failMode };
    case 'block': return { mode: 'block', requireJustification: false, requireConfirmations: [], failMode };
    case 'warn':
      if (confirmations.length === 0) return { mode: 'warn', requireJustification: action.requireJustification, requireConfirmations: [], failMode };
      return { mode: 'confirm', requireJustification: action.requireJustification, requireConfirmations: confirmations, failMode };
    case 'confirm':
      return { mode: 'confirm', requireJustification: action.requireJustification, requireConfirmations: confirmations, failMode };
  }
}
