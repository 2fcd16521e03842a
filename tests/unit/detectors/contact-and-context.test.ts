import { describe, expect, it } from 'vitest';
import { scan, type Finding } from '../../../detectors';

const kinds = (text: string, filter = (k: string) => !k.startsWith('special.')) =>
  scan(text).filter((f) => filter(f.kind)).map((f) => [f.kind, text.slice(f.start, f.end)]);
const only = (kind: Finding['kind']) => (text: string) => scan(text).filter((f) => f.kind === kind).map((f) => text.slice(f.start, f.end));

describe('phone numbers', () => {
  const phones = only('phone');
  it('finds Norwegian, Swedish, Danish, Finnish and international numbers as written', () => {
    expect(phones('Ring meg på 412 34 567 eller 41234567.')).toEqual(['412 34 567', '41234567']);
    expect(phones('Mobil: 070-123 45 67, hem 08-555 123 45')).toEqual(['070-123 45 67', '08-555 123 45']);
    expect(phones('Tlf. +45 31 22 87 40 / 0045 31228740')).toEqual(['+45 31 22 87 40', '0045 31228740']);
    expect(phones('Puh. 040 123 4567 tai +358 40 123 4567')).toEqual(['040 123 4567', '+358 40 123 4567']);
    expect(phones('Call +44 20 7946 0958')).toEqual(['+44 20 7946 0958']);
  });
  it('does not take accounts, org. numbers, KID, amounts, dates, case or invoice numbers for phones', () => {
    expect(phones('Kontonr. 1503 22 48762, org.nr. 987 654 325, KID 12345678')).toEqual([]);
    expect(phones('Å betale: 12 345 678 kr. Beløp 45 000 000')).toEqual([]);
    expect(phones('Fakturanr. 2024-1187, saksnr. 24 118 832, møte 2024-11-28')).toEqual([]);
    expect(phones('CVR 13585628 og bankgiro 5050-1055')).toEqual([]);
    expect(phones('Postnummer 0150 og 5003, klokka 14.30–15.45')).toEqual([]);
  });
  it('leaves a school switchboard alone', () => {
    expect(phones('Skolens sentralbord: 22 33 44 00')).toEqual([]);
    expect(phones('Ring 08-123 456 00 (växel)')).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  const emails = only('email');
  it('finds personal addresses, including Nordic letters and subdomains', () => {
    expect(emails('Skriv til kari.nordmann@skole.oslo.kommune.no eller ørjan+skole@example.no.'))
      .toEqual(['kari.nordmann@skole.oslo.kommune.no', 'ørjan+skole@example.no']);
  });
  it('does not report office addresses (post@, postmottak@, info@) or things that are not addresses', () => {
    expect(emails('post@skolen.no, postmottak@kommune.no, info@barnehage.se')).toEqual([]);
    expect(emails('Vi møtes @ biblioteket, og @kari sa ja. a@b')).toEqual([]);
  });
});

describe('birth dates', () => {
  const births = only('birthdate');
  it('flags dates with a birth cue in each language', () => {
    expect(births('Emil, født 14.03.2020, begynner i august.')).toEqual(['14.03.2020']);
    expect(births('Ho er fødd 3. februar 2016.')).toEqual(['3. februar 2016']);
    expect(births('Född: 2015-06-09')).toEqual(['2015-06-09']);
    expect(births('Fødselsdato: 12/06/13')).toEqual(['12/06/13']);
    expect(births('f. 01.05.2019')).toEqual(['01.05.2019']);
    expect(births('Date of birth: 21 March 2014')).toEqual(['21 March 2014']);
  });
  it('flags a date in brackets right after a name', () => {
    expect(births('Ola Nordmann (12.03.2016) begynner i 1A.')).toEqual(['12.03.2016']);
  });
  it('does not flag meeting dates, deadlines or invoice dates', () => {
    expect(births('Foreldremøte 28.11.2024 kl. 18.00. Frist 01.12.2024. Fakturadato 2024-11-01.')).toEqual([]);
    expect(births('Utviklingssamtaler 25.–29. november')).toEqual([]);
  });
});

describe('addresses', () => {
  const addresses = only('address');
  it('finds street addresses of Norway, Sweden and Denmark with number, postal code and town', () => {
    expect(addresses('Adresse: Storgata 12B, 0150 Oslo.')).toEqual(['Storgata 12B, 0150 Oslo']);
    expect(addresses('Bor i Kongens gate 5 nå')).toEqual(['Kongens gate 5']);
    expect(addresses('Drottninggatan 41, 252 21 Helsingborg')).toEqual(['Drottninggatan 41, 252 21 Helsingborg']);
    expect(addresses('Vestergade 12, 2. th., 8000 Aarhus C')).toEqual(['Vestergade 12, 2. th., 8000 Aarhus C']);
    expect(addresses('Hjemme: Skovvej 4, 5260 Odense S')).toEqual(['Skovvej 4, 5260 Odense S']);
  });
  it('does not flag place names, rooms, classes, times or post boxes', () => {
    expect(addresses('Tur til Bergen og Lund, møte i rom 204, klasse 3 kl. 18, side 12, Postboks 45 4001 Stavanger'))
      .toEqual([]);
  });
});

describe('names', () => {
  const names = only('name');
  it('finds first + last names, double names and middle initials', () => {
    expect(names('Møte med Ola Nordmann og Mads Kjær-Hansen i dag.')).toEqual(['Ola Nordmann', 'Mads Kjær-Hansen']);
    expect(names('Kontaktlærer er Geir O. Tangen.')).toEqual(['Geir O. Tangen']);
  });
  it('finds a single first name after a cue word in each language', () => {
    expect(names('Eleven Sindre har fått ny plass.')).toEqual(['Sindre']);
    expect(names('Hej Elsa! Vi ses.')).toEqual(['Elsa']);
    expect(names('Kære Freja, tak for i dag.')).toEqual(['Freja']);
    expect(names('Med vennlig hilsen\nTorunn')).toEqual(['Torunn']);
    expect(names('vårdnadshavare Ahmed ringde')).toEqual(['Ahmed']);
  });
  it('finds names listed together', () => {
    expect(names('I dag har Noah, Ella og Filip bygget hytte.')).toEqual(['Noah', 'Ella', 'Filip']);
  });
  it('treats names that are also words as names only with a cue or a surname', () => {
    expect(names('Storm i kveld. Per time koster det 50 kr. Liv og lære.')).toEqual([]);
    expect(names('Eleven Liv er syk. Per Hansen kommer.')).toEqual(['Liv', 'Per Hansen']);
  });
  it('does not take weekdays, months, places or institutions for names', () => {
    expect(names('Mandag 4. August drar vi til Oslo og Bergen. Solbakken skole og Holm barnehage.')).toEqual([]);
  });
});

describe('special categories', () => {
  const special = (text: string) => scan(text).filter((f) => f.kind.startsWith('special.')).map((f) => f.kind);
  it('finds terms with inflections and compounds in nb, nn, sv, da', () => {
    expect(special('bekymringsmeldingen til barnevernstjenesten')).toEqual(['special.child-welfare', 'special.child-welfare']);
    expect(special('Hon har diagnosen ADHD')).toEqual(['special.health', 'special.health']);
    expect(special('skyddad folkbokföring')).toEqual(['special.protected-identity']);
    expect(special('mobning i frikvarteret')).toEqual(['special.school-environment']);
  });
  it('does not match inside unrelated words', () => {
    expect(special('Tur til Volda og transport med buss')).toEqual([]);
  });
  it('alone, never holds an action', () => {
    expect(kinds('Helsesykepleier kommer på besøk på tirsdag.')).toEqual([]);
  });
});
