import { z } from 'zod';
import { isValidUrlPattern } from './url-pattern';
import { DETECTOR_IDS } from '../detectors';

/**
 * The Varsam policy: the single source of truth for what an administrator (managed storage),
 * the user (where allowed) and the defaults can set. managed_schema.json is generated from this
 * (policy/managed-schema.ts), the options page lists its fields, and every part of the extension
 * reads the effective policy built from it (policy/resolve.ts). Pure: no DOM, no browser APIs.
 */

import { ACTION_TYPES, MODES, FAIL_MODES, COUNTRIES, UI_LANGUAGES } from './constants';
export * from './constants';

const text = (max = 200) => z.string().max(max);
const domain = z.string().regex(/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i, 'domain');
const email = z.union([z.literal(''), z.email()]);
const urlPattern = z.string().max(500).refine(isValidUrlPattern, 'url-pattern');
/** A CSS selector (checked for syntax where a DOM exists: the guard skips a rule whose selector does not parse). */
const selector = z.string().min(1).max(500);

export const actionPolicySchema = z.object({
  mode: z.enum(MODES),
  /** Overriding (warn/confirm) needs a written justification. */
  requireJustification: z.boolean(),
});

/**
 * A site rule written by an administrator: where on a site the guard should look. The guard
 * uses it like a built-in site adapter. Selectors are CSS selectors in the page's document.
 */
export const siteRuleSchema = z.object({
  /** A short name shown in the log as the adapter (`rule:<name>`). */
  name: z.string().min(1).max(50).regex(/^[\w .-]+$/u, 'name'),
  /** Chrome match-pattern style: `https://*.example.no/posts/*`. */
  urlPattern,
  /** What kind of action the finalise control performs. */
  action: z.enum(ACTION_TYPES),
  /** The composer / text fields whose content goes out. */
  text: selector,
  /** File inputs or attachment lists. */
  attachments: selector.optional(),
  /** A checkbox/switch that makes the content public. */
  publicToggle: selector.optional(),
  /** The inverse control (journals: "unntatt offentlighet", access code): unticked means public. */
  exemption: selector.optional(),
  /** The button or control that publishes / sends. */
  finalise: selector,
}).strict();
export type SiteRule = z.infer<typeof siteRuleSchema>;

/** Per detector id (e.g. `no.fodselsnummer`): on/off and its own threshold. Same shape as ScanOptions.detectors. */
export const detectorSettingSchema = z.object({
  enabled: z.boolean().optional(),
  minScore: z.number().min(0).max(1).optional(),
}).strict();

export const policySchema = z.object({
  orgName: text(),
  orgUnits: z.array(text()).max(500),
  country: z.enum(COUNTRIES),
  orgEmailDomains: z.array(domain).max(100),
  uiLanguage: z.enum(UI_LANGUAGES),
  actions: z.object({
    post: actionPolicySchema,
    'photo-upload': actionPolicySchema,
    'file-upload': actionPolicySchema,
    email: actionPolicySchema,
    'journal-publish': actionPolicySchema,
    'other-form': actionPolicySchema,
  }),
  detectors: z.partialRecord(z.enum(DETECTOR_IDS as [string, ...string[]]), detectorSettingSchema),
  minScore: z.number().min(0).max(1),
  photos: z.object({
    /** Faces in a photo → the user confirms there is consent to publish. */
    facesRequireConsent: z.boolean(),
    /** Faces in a photo → the user confirms nobody shown has a protected identity. */
    facesRequireProtectedIdentity: z.boolean(),
    /** Read text in images and scanned PDF pages (OCR, tesseract.js with nor/swe/dan data). Off by default. */
    ocr: z.boolean(),
  }),
  /** When to ask the two child questions (protected identity, guardians' consent) for posts naming children or with pictures. */
  childConfirmations: z.enum(['always', 'public', 'off']),
  /** E-mail: more visible external recipients in To/Cc than this suggests Bcc. */
  visibleRecipientLimit: z.int().min(1).max(500),
  allowlist: z.array(urlPattern).max(500),
  siteRules: z.array(siteRuleSchema).max(200),
  incident: z.object({
    internalAddress: email,
    securityMailbox: email,
    subjectTemplate: text(200),
    dpoName: text(),
    dpoEmail: email,
    dpoPhone: z.string().max(40).regex(/^[+\d ()-]*$/, 'phone'),
    pressContact: text(),
    authorityCountry: z.enum(COUNTRIES),
    reportEndpoint: z.union([z.literal(''), z.url({ protocol: /^https$/ })]),
  }),
  logRetentionDays: z.int().min(1).max(3650),
  scanFailure: z.enum(FAIL_MODES),
  /** Whether users may change the settings marked user-settable (policy/fields.ts). */
  userSettings: z.boolean(),
});

export type Policy = z.infer<typeof policySchema>;
export type PolicySource = 'admin' | 'user' | 'default';
