import { describe, expect, it } from 'vitest';
import { incidentToJson, newIncident, parseIncident, tick, totalFound, type Incident } from '../../report/model';
import { eventFacts, latestOverrideFor, pageSite, prefill } from '../../report/prefill';
import { DEFAULT_INCIDENT_SETTINGS, incidentSettingsFrom, internalRecipients } from '../../report/settings';
import { fillSubject, mailtoLink } from '../../report/mailto';

const ID = '3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b';
const NOW = new Date('2026-11-22T12:00:00Z');
const blank = () => newIncident({ id: ID, now: NOW, country: 'no' });

const EVENT = {
  id: 7, time: '2026-11-22T09:41:00.000Z', origin: 'https://skole.example.no', path: '/nyheter/ny',
  action: 'publish', adapter: 'generic', decision: 'overridden', kinds: { 'id.no': 2, 'special.health': 1 },
  extensionVersion: '0.1.0',
};

describe('incident model', () => {
  it('a new report is valid, open, discovered now, with nothing found yet', () => {
    const r = parseIncident(blank());
    expect(r).toMatchObject({ status: 'open', discoveredAt: NOW.toISOString(), kinds: {}, country: 'no' });
    expect(totalFound(r)).toBe(0);
  });

  it('rejects unknown fields, unknown kinds and addresses with query strings', () => {
    expect(() => parseIncident({ ...blank(), text: 'the post' })).toThrow();
    expect(() => parseIncident({ ...blank(), kinds: { 'id.xx': 1 } })).toThrow();
    expect(() => parseIncident({ ...blank(), source: { origin: 'https://a.example', path: '/p?fnr=1' } })).toThrow();
  });

  it('the JSON export round-trips through the schema', () => {
    const r: Incident = { ...prefill(blank(), { event: eventFacts(EVENT) }), whatHappened: 'Innlegg med elevliste.' };
    const json = incidentToJson(r);
    expect(parseIncident(JSON.parse(json))).toEqual(r);
  });

  it('ticks follow-up steps with the time, and unticks them', () => {
    const later = new Date('2026-11-22T12:05:00Z');
    const r = tick(blank(), 'stop', true, later);
    expect(r.checklist.stop).toBe(later.toISOString());
    expect(tick(r, 'stop', false, later).checklist).toEqual({});
  });
});

describe('prefill from the log and the page', () => {
  it('takes site, time and kinds with counts from the event, never more', () => {
    const r = prefill(blank(), { event: eventFacts(EVENT), pageUrl: 'https://other.example/x?y=1' });
    expect(r.source).toEqual({ origin: 'https://skole.example.no', path: '/nyheter/ny', action: 'publish', adapter: 'generic', eventId: 7 });
    expect(r.occurredAt).toBe(EVENT.time);
    expect(r.kinds).toEqual({ 'id.no': 2, 'special.health': 1 });
    expect(r.discoveredAt).toBe(NOW.toISOString());
    parseIncident(r);
  });

  it('reads events tolerantly: later log fields are ignored, bad ones dropped, faces noticed', () => {
    const f = eventFacts({ ...EVENT, confirmations: ['consent'], kinds: { 'id.no': 1, 'id.zz': 3, phone: -1 }, faces: 2, path: '/a?b' });
    expect(f).toMatchObject({ kinds: { 'id.no': 1 }, imagesWithFaces: true, path: '/a' });
    expect(eventFacts(null)).toBeUndefined();
  });

  it('keeps only origin and path of a page address', () => {
    expect(pageSite('https://aula.example.dk/portal/opslag/12?elev=0101012345#x')).toEqual({ origin: 'https://aula.example.dk', path: '/portal/opslag/12' });
    expect(pageSite('chrome://extensions')).toBeUndefined();
    expect(pageSite('https://skole.example.no/elev/13097248022/mappe')?.path).toBe('/elev/…/mappe');
    expect(pageSite('https://skole.example.no/nyheter/2026/11/22')?.path).toBe('/nyheter/2026/11/22');
    const r = prefill(blank(), { pageUrl: 'https://aula.example.dk/portal/?cpr=1' });
    expect(r.source).toEqual({ origin: 'https://aula.example.dk', path: '/portal/' });
  });

  it('finds the latest override on the page\'s site', () => {
    const events = [
      eventFacts({ ...EVENT, id: 1, time: '2026-11-22T08:00:00Z' })!,
      eventFacts({ ...EVENT, id: 2, time: '2026-11-22T09:00:00Z' })!,
      eventFacts({ ...EVENT, id: 3, time: '2026-11-22T10:00:00Z', decision: 'cancelled' })!,
      eventFacts({ ...EVENT, id: 4, time: '2026-11-22T11:00:00Z', origin: 'https://else.example' })!,
    ];
    expect(latestOverrideFor(events, 'https://skole.example.no/start', NOW)?.id).toBe(2);
    expect(latestOverrideFor(events, 'https://skole.example.no/', new Date('2026-12-22T00:00:00Z'))).toBeUndefined();
  });
});

describe('incident settings from policy', () => {
  it('defaults everything', () => {
    expect(incidentSettingsFrom(undefined)).toEqual(DEFAULT_INCIDENT_SETTINGS);
    expect(DEFAULT_INCIDENT_SETTINGS.country).toBe('no');
  });

  it('keeps good fields when one is bad, and refuses a plain-http endpoint', () => {
    const s = incidentSettingsFrom({ incident: { country: 'dk', securitySubject: 'HASTER! Sikkerhedsbrud {unit}', endpoint: 'http://reports.example.dk/in' } });
    expect(s.country).toBe('dk');
    expect(s.securitySubject).toBe('HASTER! Sikkerhedsbrud {unit}');
    expect(s.endpoint).toBeUndefined();
    expect(incidentSettingsFrom({ endpoint: 'http://127.0.0.1:8080/in' }).endpoint).toBe('http://127.0.0.1:8080/in');
  });

  it('splits internal recipients', () => {
    expect(internalRecipients(incidentSettingsFrom({ internalAddress: 'leder@skole.example; avvik@kommune.example' })))
      .toEqual(['leder@skole.example', 'avvik@kommune.example']);
  });
});

describe('mail link', () => {
  it('fills the subject template and encodes subject and body', () => {
    const subject = fillSubject('HASTER! Sikkerhedsbrud <unit>', 'Skovbakke Skole');
    expect(subject).toBe('HASTER! Sikkerhedsbrud Skovbakke Skole');
    const link = mailtoLink({ to: ['sikkerhed@kommune.example'], subject, body: 'Hvad er der sket?\nEt opslag & et billede' });
    expect(link.startsWith('mailto:sikkerhed@kommune.example?subject=HASTER!%20Sikkerhedsbrud%20Skovbakke%20Skole&body=')).toBe(true);
    const url = new URL(link);
    expect(url.searchParams.get('body')).toBe('Hvad er der sket?\r\nEt opslag & et billede');
  });

  it('cuts a long body on a line and says so', () => {
    const body = Array.from({ length: 200 }, (_, i) => `line ${i}`).join('\n');
    const link = mailtoLink({ to: ['a@b.example'], subject: 's', body, truncatedNote: 'ATTACH', maxBody: 100 });
    const text = new URL(link).searchParams.get('body')!;
    expect(text.endsWith('ATTACH')).toBe(true);
    expect(text.length).toBeLessThan(120);
  });
});

describe('ID numbers typed into the report', () => {
  it('are noticed per field (synthetic fødselsnummer), and plain text is not flagged', async () => {
    const { typedIdNumbers } = await import('../../report/typed-ids');
    const r = { ...blank(), whatHappened: 'Eleven med fnr 13097248022 ble nevnt.', whereNow: 'Fjernet kl. 10.15, 24 elever berørt.' };
    expect(typedIdNumbers(r)).toEqual([{ field: 'what', kinds: ['id.no'] }]);
    expect(typedIdNumbers(blank())).toEqual([]);
  });
});

describe('incident settings from the policy module\'s shape (policy/schema.ts)', () => {
  it('maps subjectTemplate, DPO, press, authority country, endpoint and a single unit', () => {
    const s = incidentSettingsFrom({
      country: 'no', orgUnits: ['Skovbakke Skole'],
      incident: {
        internalAddress: 'leder@skole.example', securityMailbox: 'sikkerhed@kommune.example', subjectTemplate: 'HASTER! Sikkerhedsbrud <unit>',
        dpoName: 'DPO Test', dpoEmail: 'dpo@kommune.example', dpoPhone: '+45 11 22 33 44', pressContact: 'Pressevagt, tlf. 99 82 10 82',
        authorityCountry: 'dk', reportEndpoint: '',
      },
    });
    expect(s).toMatchObject({
      country: 'dk', unit: 'Skovbakke Skole', units: ['Skovbakke Skole'], securityMailbox: 'sikkerhed@kommune.example', securitySubject: 'HASTER! Sikkerhedsbrud <unit>',
      dpo: { name: 'DPO Test', email: 'dpo@kommune.example', phone: '+45 11 22 33 44' }, press: { name: 'Pressevagt, tlf. 99 82 10 82' },
    });
    expect(s.endpoint).toBeUndefined();
    expect(internalRecipients(s)).toEqual(['leder@skole.example']);
  });
});

describe('subject templates', () => {
  it('fill {unit}, {site} and {kinds}, and drop what is empty', () => {
    expect(fillSubject('Mulig avvik: {kinds} ({site})', { kinds: 'Fødselsnummer', site: 'skole.example.no' })).toBe('Mulig avvik: Fødselsnummer (skole.example.no)');
    expect(fillSubject('Mulig avvik: {kinds} ({site})', {})).toBe('Mulig avvik');
    expect(fillSubject('Mulig brudd på personopplysningssikkerheten – {unit}', { unit: '' })).toBe('Mulig brudd på personopplysningssikkerheten');
  });
});
