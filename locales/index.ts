/**
 * UI strings in nb, nn, sv, da and en. Each language is a folder of JSON files, one per area
 * (core, report, policy, ...); every language must have every key (tests/unit/locales.test.ts).
 * Extension pages use this; the content script uses locales/page.ts (core, guard, files only).
 * Pure: no browser APIs, so the same strings work in content scripts, pages and Node.
 */
import enCore from './en/core.json';
import nbCore from './nb/core.json';
import nnCore from './nn/core.json';
import svCore from './sv/core.json';
import daCore from './da/core.json';
import enGuard from './en/guard.json';
import nbGuard from './nb/guard.json';
import nnGuard from './nn/guard.json';
import svGuard from './sv/guard.json';
import daGuard from './da/guard.json';
import enReport from './en/report.json';
import nbReport from './nb/report.json';
import nnReport from './nn/report.json';
import svReport from './sv/report.json';
import daReport from './da/report.json';
import enPolicy from './en/policy.json';
import nbPolicy from './nb/policy.json';
import nnPolicy from './nn/policy.json';
import svPolicy from './sv/policy.json';
import daPolicy from './da/policy.json';
import enOptions from './en/options.json';
import nbOptions from './nb/options.json';
import nnOptions from './nn/options.json';
import svOptions from './sv/options.json';
import daOptions from './da/options.json';
import enFiles from './en/files.json';
import nbFiles from './nb/files.json';
import nnFiles from './nn/files.json';
import svFiles from './sv/files.json';
import daFiles from './da/files.json';
import { translatorFor, type Catalog, type Language } from './language';

export * from './language';

export const CATALOGS: Record<Language, Catalog> = {
  en: { ...enCore, ...enGuard, ...enReport, ...enPolicy, ...enOptions, ...enFiles },
  nb: { ...nbCore, ...nbGuard, ...nbReport, ...nbPolicy, ...nbOptions, ...nbFiles },
  nn: { ...nnCore, ...nnGuard, ...nnReport, ...nnPolicy, ...nnOptions, ...nnFiles },
  sv: { ...svCore, ...svGuard, ...svReport, ...svPolicy, ...svOptions, ...svFiles },
  da: { ...daCore, ...daGuard, ...daReport, ...daPolicy, ...daOptions, ...daFiles },
};

export type MessageKey = keyof typeof enCore | keyof typeof enGuard;

/** A translator for `lang` over every area's strings. */
export const translator = translatorFor(CATALOGS);
