import type { Language } from '../locales';
import type { Country } from './model';

/** Where each country's supervisory authority takes breach notifications, and in which language. */
export interface Authority {
  country: Country;
  /** The e-form to fill in. */
  formUrl: string;
  /** The authority's own guidance page. */
  guidanceUrl: string;
  /** The language the form is in (nynorsk users get nynorsk for Norway). */
  language: (ui: Language) => Language;
}

export const AUTHORITIES: Record<Country, Authority> = {
  no: {
    country: 'no',
    formUrl: 'https://www.altinn.no/skjemaoversikt/datatilsynet/melding-om-avvik-datatilsynet/',
    guidanceUrl: 'https://www.datatilsynet.no/rettigheter-og-plikter/virksomhetenes-plikter/avvikshandtering/meld-avvik-til-datatilsynet/',
    language: (ui) => (ui === 'nn' ? 'nn' : 'nb'),
  },
  se: {
    country: 'se',
    formUrl: 'https://e-tjanster.imy.se/sv/anmalan',
    guidanceUrl: 'https://www.imy.se/verksamhet/dataskydd/det-har-galler-enligt-gdpr/personuppgiftsincidenter/',
    language: () => 'sv',
  },
  dk: {
    country: 'dk',
    formUrl: 'https://www.datatilsynet.dk/sikkerhedsbrud/anmeld-sikkerhedsbrud',
    guidanceUrl: 'https://www.datatilsynet.dk/sikkerhedsbrud',
    language: () => 'da',
  },
};

/** BCP 47 locale for dates in each UI language. */
export const LOCALE_OF: Record<Language, string> = { nb: 'nb-NO', nn: 'nn-NO', sv: 'sv-SE', da: 'da-DK', en: 'en-GB' };
