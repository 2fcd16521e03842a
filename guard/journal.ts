/**
 * Records journals (the Grue case): an entry that is finalised while it is public — a
 * "offentlig" toggle switched on, or the exemption ("unntatt offentlighet", tilgangskode,
 * sekretess …) left empty — and whose title, text or attachments hold personal data.
 */
import { deepQueryAll, labelOf } from './dom';
import { normaliseName } from './publish-words';

export type JournalCountry = 'no' | 'se' | 'dk';

export interface JournalState {
  /** The entry will be public when it is finalised. */
  public: boolean;
  /** Why: a public toggle is on, or the exemption was left empty. */
  cause: 'toggle-on' | 'exemption-empty' | 'exempt' | 'toggle-off';
  /** Which country's legal basis to suggest. */
  country: JournalCountry;
  /** The control to point the user at. */
  control: HTMLElement;
  /** Controls only records systems have (access code, exemption, postjournal …), not just "public". */
  specific: boolean;
}

/** Labels of controls that make a record public. */
const PUBLIC_LABEL = /offentlig|offentleg|publiser(?:es|ast)? i (?:post|offentleg )?journal|postjournal|allmän handling|offentliggø?r|offentliggøres|public (?:record|journal)|publish to (?:the )?public/i;
/** Labels of the inverse: controls that exempt a record. Checked before PUBLIC_LABEL ("ikke offentlig"). */
const EXEMPT_LABEL = /unntatt|unnateke|unnteke|skjerm|tilgangskode|tilgangsrestriksjon|tilgangsgruppe|sekretess|sekretessmarkering|hemmelig|fortrolig|ikke offentlig|ikkje offentleg|ej offentlig|inte offentlig|undtaget|undtag|exempt|confidential|u\.off/i;
/** Option texts that mean "nothing chosen". */
const EMPTY_OPTION = /^(|-+|—|–|\(?ingen\)?|\(?inga?\)?|velg.*|vel.*|välj.*|vælg.*|none|ikke valgt|ikkje valt|ej vald|ingen valgt)$/i;

const SE = /sekretess|allmän|handling|registrera|diarie/i;
const DK = /offentliggør|undtag|aktindsigt|journalisér|fortrolig/i;

/** Accessible names of controls that finalise a journal entry. */
export const FINALISE_NAMES = new Set([
  'ferdig', 'ferdigstill', 'ferdigstille', 'ekspeder', 'ekspedér', 'journalfør', 'journalfør og ekspeder', 'lagre', 'lagre og lukk',
  'lagre og ekspeder', 'registrer', 'arkiver', 'avslutt', 'godkjenn', 'send til journal', 'publiser i postjournal',
  'registrera', 'spara', 'spara och stäng', 'diarieför', 'diarieföra', 'arkivera', 'avsluta',
  'journalisér', 'journaliser', 'gem', 'gem og luk', 'afslut', 'registrér', 'arkivér',
  'finalise', 'finalize', 'save', 'register', 'file', 'done',
].map((n) => normaliseName(n)));

export const isFinaliseName = (name: string) => FINALISE_NAMES.has(normaliseName(name));

/** Finalise names that only records systems use; the others ("Lagre", "Save", "Gem") count only next to journal controls. */
const JOURNAL_ONLY = /^(ekspeder|ekspedér|journalfør|journalfør og ekspeder|lagre og ekspeder|send til journal|publiser i postjournal|registrera|diarieför|diarieföra|journalisér|journaliser|registrér|arkiver|arkivera|arkivér)$/;
const JOURNAL_WORDS = /journal|postliste|allmän handling|diari/i;

/** Whether a control named `name`, acting on an entry in `state`, finalises a journal entry. */
export const finalisesJournal = (name: string, state: JournalState | undefined): boolean =>
  !!state && isFinaliseName(name) && (JOURNAL_ONLY.test(normaliseName(name)) || state.specific);

const CANDIDATES = 'input[type="checkbox"], input[type="radio"], [role="switch"], [role="checkbox"], select, input[type="text"], input:not([type])';

function checked(el: HTMLElement): boolean {
  if (el instanceof HTMLInputElement) return el.checked;
  return el.getAttribute('aria-checked') === 'true' || el.getAttribute('aria-pressed') === 'true';
}

function selectedText(el: HTMLSelectElement): string {
  return (el.selectedOptions[0]?.textContent ?? '').trim();
}

function countryOf(text: string, doc: Document): JournalCountry {
  if (SE.test(text)) return 'se';
  if (DK.test(text)) return 'dk';
  const lang = doc.documentElement.lang.toLowerCase();
  if (lang.startsWith('sv')) return 'se';
  if (lang.startsWith('da')) return 'dk';
  return 'no';
}

export interface JournalSelectors { publicToggle?: string; exemption?: string }

/**
 * The public/exempt state of the entry in `container`, or undefined when it holds no such
 * controls (then it is not a journal entry form). Admin-described systems pass selectors.
 */
export function journalState(container: ParentNode, selectors: JournalSelectors = {}): JournalState | undefined {
  const doc = (container as Node).ownerDocument ?? (container as Document);
  let publicOn: HTMLElement | undefined;
  let publicOff: HTMLElement | undefined;
  let exemptSet: HTMLElement | undefined;
  let exemptEmpty: HTMLElement | undefined;
  let words = '';
  let specific = false;

  const consider = (el: HTMLElement, forced?: 'public' | 'exempt') => {
    const label = labelOf(el);
    const isExempt = forced === 'exempt' || (!forced && EXEMPT_LABEL.test(label));
    const isPublic = forced === 'public' || (!forced && !isExempt && PUBLIC_LABEL.test(label));
    if (isExempt || (isPublic && JOURNAL_WORDS.test(label)) || forced) specific = true;
    if (el instanceof HTMLSelectElement) {
      const option = selectedText(el);
      if (isExempt || isPublic) words += ` ${label} ${option}`;
      if (EXEMPT_LABEL.test(option)) { if (isExempt || isPublic) exemptSet ??= el; return; }
      if (PUBLIC_LABEL.test(option) && (isPublic || isExempt)) { publicOn ??= el; return; }
      if (isExempt) { if (!el.value || EMPTY_OPTION.test(option)) exemptEmpty ??= el; else exemptSet ??= el; }
      return;
    }
    if (!isExempt && !isPublic) return;
    words += ` ${label}`;
    if (el instanceof HTMLInputElement && (el.type === 'text' || el.type === '' || !el.hasAttribute('type'))) {
      if (!isExempt) return;
      if (el.value.trim()) exemptSet ??= el; else exemptEmpty ??= el;
      return;
    }
    if (el instanceof HTMLInputElement && el.type === 'radio') {
      if (!el.checked) return;
      if (isExempt) exemptSet ??= el; else publicOn ??= el;
      return;
    }
    if (isExempt) { if (checked(el)) exemptSet ??= el; else exemptEmpty ??= el; }
    else if (checked(el)) publicOn ??= el; else publicOff ??= el;
  };

  if (selectors.publicToggle) for (const el of deepQueryAll<HTMLElement>(container, selectors.publicToggle)) consider(el, 'public');
  if (selectors.exemption) for (const el of deepQueryAll<HTMLElement>(container, selectors.exemption)) consider(el, 'exempt');
  for (const el of deepQueryAll<HTMLElement>(container, CANDIDATES)) consider(el);

  const country = countryOf(words, doc);
  if (exemptSet) return { public: false, cause: 'exempt', country, control: exemptSet, specific };
  if (publicOn) return { public: true, cause: 'toggle-on', country, control: publicOn, specific };
  if (publicOff) return { public: false, cause: 'toggle-off', country, control: publicOff, specific };
  if (exemptEmpty) return { public: true, cause: 'exemption-empty', country, control: exemptEmpty, specific };
  return undefined;
}
