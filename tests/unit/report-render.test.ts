import { describe, expect, it } from 'vitest';
import { translator } from '../../locales';
import { newIncident, type Incident } from '../../report/model';
import { documentToText, renderForAuthority, renderInternal, type RenderContext } from '../../report/render';

const discovered = new Date('2026-11-22T08:00:00Z');
const base: Incident = {
  ...newIncident({ id: '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b', now: discovered, country: 'no' }),
  occurredAt: '2026-11-21T13:05:00.000Z',
  source: { origin: 'https://skole.example.no', path: '/nyheter' },
  whatHappened: 'A class list was published on the school website.',
  cause: 'human-error',
  howItHappened: 'Wrong file attached.',
  affected: { groups: ['children', 'guardians'], approxPersons: 24 },
  kinds: { 'id.no': 3, 'special.health': 1 },
  whereNow: 'Removed from the website.',
  consequences: 'Identity theft is possible.',
  measures: { taken: ['removed-post'], takenText: '', planned: 'Ask search engines to drop the cache.', prevent: 'Training.' },
  informed: { status: 'planned', how: 'Letter to the parents.', whyNot: '' },
  dpo: { name: 'Personvernombud Testesen', email: 'pvo@kommune.example', phone: '' },
  phased: true,
};

const ctx = (lang: 'nb' | 'sv' | 'da' | 'en', now = new Date('2026-11-22T09:00:00Z')): RenderContext =>
  ({ t: translator(lang), locale: lang, timeZone: 'Europe/Oslo', now });

/** Index of each needle in the text, so the order of the authority's fields can be checked. */
const order = (text: string, needles: string[]) => needles.map((n) => {
  const i = text.indexOf(n);
  expect(i, `"${n}" in\n${text}`).toBeGreaterThanOrEqual(0);
  return i;
});
const ascending = (xs: number[]) => expect([...xs].sort((a, b) => a - b)).toEqual(xs);

describe('Norway: Datatilsynet\'s Altinn form', () => {
  const text = documentToText(renderForAuthority({ ...base, country: 'no' }, ctx('nb')));
  it('follows the form: Beskrivelse, Konsekvenser, Tiltak, Informasjon, Kontakt', () => {
    ascending(order(text, ['Melding om avvik', 'Beskrivelse', 'Hovedårsak', 'Tidsrom', 'Når avviket ble oppdaget', 'Omtrent antall berørte',
      'Hva skjedde', 'Hvordan oppstod', 'Typer personopplysninger', 'Hvem er berørt', 'Hvor opplysningene er nå',
      'Konsekvenser', 'Tiltak', 'Informasjon til de berørte', 'Kontakt', 'Personvernombud']));
  });
  it('gives kinds with counts in Norwegian, times with their offset, and the phased note', () => {
    expect(text).toContain('Norsk fødselsnummer eller D-nummer: 3');
    expect(text).toContain('21.11.2026, 14:05 (UTC+01:00)');
    expect(text).toContain('Menneskelig feil');
    expect(text).toContain('Barn og elever, Foreldre og foresatte');
    expect(text).toContain('Hvordan:\nLetter to the parents.');
    expect(text).toMatch(/trinnvis melding/);
    expect(text).not.toMatch(/forsinkelse/i);
  });
});

describe('periods', () => {
  it('states from–to, or that it is still going on', () => {
    const ongoing = documentToText(renderForAuthority({ ...base, country: 'no', ongoing: true }, ctx('nb')));
    expect(ongoing).toContain('Tidsrom:\n21.11.2026, 14:05 (UTC+01:00) – Pågår fortsatt');
    const ended = documentToText(renderForAuthority({ ...base, country: 'no', endedAt: '2026-11-22T07:30:00.000Z' }, ctx('nb')));
    expect(ended).toContain('Tidsrom:\n21.11.2026, 14:05 (UTC+01:00) – 22.11.2026, 08:30 (UTC+01:00)');
  });
});

describe('Sweden: IMY\'s e-service', () => {
  const text = documentToText(renderForAuthority({ ...base, country: 'se' }, ctx('sv')));
  it('follows the e-service: contact, incident, data subjects, data, consequences, measures, informing, other', () => {
    ascending(order(text, ['IMY', 'Kontaktuppgifter', 'Dataskyddsombud', 'När inträffade incidenten?', 'När upptäcktes incidenten?',
      'När upphörde incidenten?', 'Vilka grupper tillhör de registrerade?', 'Ungefärligt antal berörda personer',
      'Vilken sorts personuppgifter', 'Vad kan bli konsekvenserna', 'Allvarlighetsgrad', 'Vidtagna åtgärder',
      'Har de registrerade informerats?', 'Övrig information', 'allmän handling']));
    expect(text).toContain('Barn och elever');
  });
});

describe('Denmark: Datatilsynet on virk.dk', () => {
  it('follows Art. 33(3) as the e-form does, and warns against personal data', () => {
    const text = documentToText(renderForAuthority({ ...base, country: 'dk' }, ctx('da')));
    ascending(order(text, ['virk.dk', 'Kontaktoplysninger', 'Databeskyttelsesrådgiver', 'Hvornår skete bruddet', 'Hvornår blev bruddet opdaget',
      'Beskrivelse af bruddet', 'Hvem er berørt', 'Typer af personoplysninger', 'Sandsynlige konsekvenser', 'Foranstaltninger',
      'Underretning af de registrerede']));
    expect(text).toContain('Medtag ikke personoplysninger');
    expect(text).toContain('Børn og elever');
  });

  it('asks for the reason for the delay once the 72 hours have passed', () => {
    const late = ctx('da', new Date('2026-11-25T08:00:01Z'));
    const text = documentToText(renderForAuthority({ ...base, country: 'dk', delayReason: 'Opdaget i weekenden.' }, late));
    expect(text).toContain('Årsag til forsinkelsen:\nOpdaget i weekenden.');
    expect(text).toContain('mere end 72 timer');
  });
});

describe('internal report', () => {
  it('asks the five questions of the security mailbox first', () => {
    const text = documentToText(renderInternal({ ...base, country: 'dk' }, ctx('da')));
    ascending(order(text, ['Hvad er der sket?', 'Hvorfor skete det', 'Er ulykken standset', 'Hvad planlægges der', 'fremadrettet', 'Frist (72 timer)']));
    expect(text).toContain('https://skole.example.no/nyheter');
    expect(text).toContain('Frist (72 timer):\n25.11.2026, 09.00 (UTC+01:00)');
  });

  it('never contains ID numbers: only kinds and counts', () => {
    for (const lang of ['nb', 'sv', 'da', 'en'] as const) {
      const text = documentToText(renderInternal(base, ctx(lang))) + documentToText(renderForAuthority(base, ctx(lang)));
      expect(text).not.toMatch(/\d{6}/);
    }
  });
});
