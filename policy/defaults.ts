import { ACTION_TYPES } from './constants';
import type { Policy } from './schema';

/** What applies when neither the administrator nor the user has set a value. */
export const DEFAULT_POLICY: Policy = {
  orgName: '',
  orgUnits: [],
  country: 'no',
  orgEmailDomains: [],
  uiLanguage: 'auto',
  actions: Object.fromEntries(ACTION_TYPES.map((a) => [a, { mode: 'warn', requireJustification: false }])) as Policy['actions'],
  detectors: {},
  minScore: 0.5,
  photos: { facesRequireConsent: true, facesRequireProtectedIdentity: true, ocr: false },
  childConfirmations: 'always',
  visibleRecipientLimit: 5,
  allowlist: [],
  siteRules: [],
  incident: {
    internalAddress: '', securityMailbox: '', subjectTemplate: 'Mulig avvik: {kinds} ({site})', dpoName: '', dpoEmail: '',
    dpoPhone: '', pressContact: '', authorityCountry: 'no', reportEndpoint: '',
  },
  logRetentionDays: 365,
  scanFailure: 'confirm',
  userSettings: true,
};
