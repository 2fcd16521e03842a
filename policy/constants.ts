/** The policy's fixed vocabularies. No zod here: content scripts import this (and decide.ts, sites.ts, watch.ts) without the schema. */

/** The kinds of action the guard tells apart. */
export const ACTION_TYPES = ['post', 'photo-upload', 'file-upload', 'email', 'journal-publish', 'other-form'] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

/** off: nothing shown · warn: one click continues · confirm: confirmations (+ justification) · block: only cancel or fix. */
export const MODES = ['off', 'warn', 'confirm', 'block'] as const;
export type Mode = (typeof MODES)[number];

/** What happens when a scan fails or times out: never a silent pass. */
export const FAIL_MODES = ['confirm', 'block'] as const;
export type FailMode = (typeof FAIL_MODES)[number];

export const COUNTRIES = ['no', 'se', 'dk', 'fi'] as const;
export const UI_LANGUAGES = ['auto', 'nb', 'nn', 'sv', 'da', 'en'] as const;
