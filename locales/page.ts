/**
 * The strings the content script needs (core, guard, files): the dialog on a site. The
 * extension pages use locales/index.ts with every area; keeping the report, policy and options
 * strings out of here keeps the script that runs on every page small (tests/unit/locales.test.ts
 * checks that every key the guard uses is here).
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
import enFiles from './en/files.json';
import nbFiles from './nb/files.json';
import nnFiles from './nn/files.json';
import svFiles from './sv/files.json';
import daFiles from './da/files.json';
import { translatorFor, type Catalog, type Language } from './language';

export * from './language';

export const PAGE_CATALOGS: Record<Language, Catalog> = {
  en: { ...enCore, ...enGuard, ...enFiles },
  nb: { ...nbCore, ...nbGuard, ...nbFiles },
  nn: { ...nnCore, ...nnGuard, ...nnFiles },
  sv: { ...svCore, ...svGuard, ...svFiles },
  da: { ...daCore, ...daGuard, ...daFiles },
};

/** A translator for `lang` over the content script's strings. */
export const translator = translatorFor(PAGE_CATALOGS);
