/**
 * Realistic Nordic text for the benchmark: school letters, parent e-mails, kindergarten posts
 * and invoices in nb, nn, sv and da, with synthetic IDs, phone numbers, addresses, names, dates
 * and decoys (accounts, org. numbers, KID/OCR, invoice and case numbers). Deterministic (seeded).
 */

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (s + 0x6d2b79f5) >>> 0; let t = s; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const FIRST = ['Ola', 'Kari', 'Emma', 'Noah', 'Sofie', 'Jakob', 'Nora', 'Filip', 'Aisha', 'Mohammed', 'Ella', 'Oskar', 'Saga', 'Liam', 'Alva', 'Hugo', 'Freja', 'Mads', 'Ida', 'Karl', 'Maja', 'Elias', 'Leah', 'Yusuf'];
const LAST = ['Hansen', 'Johansen', 'Olsen', 'Lindqvist', 'Andersson', 'Nielsen', 'Jensen', 'Berg', 'Haugen', 'Ali', 'Ahmed', 'Karlsson', 'Pedersen', 'Solberg', 'Dahl'];
const STREETS = ['Storgata', 'Furuveien', 'Kongens gate', 'Drottninggatan', 'Sveavägen', 'Nørregade', 'Vestergade', 'Bjørkelia'];
const TOWNS = ['0150 Oslo', '5003 Bergen', '7011 Trondheim', '111 51 Stockholm', '252 21 Helsingborg', '8000 Aarhus C', '2200 København N'];

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function noTenor(r: () => number): string {
  for (;;) {
    const base = `${pad(1 + Math.floor(r() * 28))}${pad(81 + Math.floor(r() * 12))}${pad(14 + Math.floor(r() * 6))}${500 + Math.floor(r() * 500)}`;
    const d = [...base].map(Number);
    let k1 = 11 - ([3, 7, 6, 1, 8, 9, 4, 5, 2].reduce((s, w, i) => s + w * d[i]!, 0) % 11); if (k1 === 11) k1 = 0; if (k1 === 10) continue;
    d.push(k1);
    let k2 = 11 - ([5, 4, 3, 2, 7, 6, 5, 4, 3, 2].reduce((s, w, i) => s + w * d[i]!, 0) % 11); if (k2 === 11) k2 = 0; if (k2 === 10) continue;
    return base + k1 + k2;
  }
}

function seSamordning(r: () => number): string {
  const b = `${pad(14 + Math.floor(r() * 6))}${pad(1 + Math.floor(r() * 12))}${pad(61 + Math.floor(r() * 28))}${pad(1 + Math.floor(r() * 998), 3)}`;
  let t = 0;
  [...b].forEach((c, i) => { let v = Number(c) * (i % 2 === 0 ? 2 : 1); if (v > 9) v -= 9; t += v; });
  return `${b.slice(0, 6)}-${b.slice(6)}${(10 - (t % 10)) % 10}`;
}

function dkOld(r: () => number): string {
  for (;;) {
    const b = `${pad(1 + Math.floor(r() * 28))}${pad(1 + Math.floor(r() * 12))}${pad(60 + Math.floor(r() * 40))}${5 + Math.floor(r() * 4)}${pad(Math.floor(r() * 100))}`;
    for (let last = 0; last < 10; last++) {
      const c = b + last;
      if ([4, 3, 2, 7, 6, 5, 4, 3, 2, 1].reduce((s, w, i) => s + w * Number(c[i]), 0) % 11 === 0) return `${c.slice(0, 6)}-${c.slice(6)}`;
    }
  }
}

/** Ordinary sentences of school and kindergarten letters, which surround the personal data in real text. */
const PROSE = [
  'Vi har hatt en fin uke med mye lek ute, selv om det har vært både regn og vind.',
  'I norsk har klassen jobbet med å skrive fortellinger, og mange har lest høyt for hverandre.',
  'Husk at elevene skal ha med matpakke, drikkeflaske og klær etter vær hver dag.',
  'Neste uke starter vi et nytt tema i naturfag om vann og vær, og vi skal gjøre forsøk i klasserommet.',
  'Det er viktig at dere gir beskjed til skolen dersom barnet er sykt eller skal være borte.',
  'Vi ønsker å minne om at skolen er en mobilfri sone i skoletiden, også i friminuttene.',
  'Elevrådet har bestemt at vi skal samle inn penger til en god sak før jul.',
  'Eg vil òg minne om at det er viktig å lese heime kvar dag, gjerne saman med ein vaksen.',
  'Under hösten har barnen arbetat med temat vänskap och pratat mycket om hur man är en bra kompis.',
  'Vi påminner om att skolan inte ansvarar för värdesaker som tas med till skolan.',
  'Eleverna har haft idrott utomhus och tränat inför skoljoggen som genomförs i oktober.',
  'Børnene har været meget optaget af at bygge huler, og vi har brugt meget tid på legepladsen.',
  'Vi minder om, at alle børn skal have skiftetøj i garderoben, og at tøjet skal være mærket med navn.',
  'Der er forældremøde for hele årgangen, hvor vi fortæller om skoleårets planer og lejrskolen.',
  'Thank you for a good collaboration this term; please contact us if you have any questions.',
];

export function generate(bytes: number, seed = 1): string {
  const r = rng(seed);
  const pick = <T>(a: T[]): T => a[Math.floor(r() * a.length)]!;
  const prose = (n: number) => Array.from({ length: n }, () => pick(PROSE)).join(' ');
  const name = () => `${pick(FIRST)} ${pick(LAST)}`;
  const phone = () => pick([`${pick(['4', '9'])}${Math.floor(r() * 10)} ${pad(Math.floor(r() * 100))} ${pad(Math.floor(r() * 100))} ${pad(Math.floor(r() * 100))}`, `070-${100 + Math.floor(r() * 900)} ${pad(Math.floor(r() * 100))} ${pad(Math.floor(r() * 100))}`, `+45 ${pad(20 + Math.floor(r() * 10))} ${pad(Math.floor(r() * 100))} ${pad(Math.floor(r() * 100))} ${pad(Math.floor(r() * 100))}`]);
  const date = () => `${1 + Math.floor(r() * 28)}.${1 + Math.floor(r() * 12)}.20${pad(14 + Math.floor(r() * 11))}`;
  const templates: (() => string)[] = [
    () => `Til foresatte til ${name()}, ${1 + Math.floor(r() * 7)}B\n\nVi viser til samtalen på skolen tirsdag ${date()}. Eleven har hatt mye fravær, og vi har sendt bekymringsmelding til barnevernet.\nFødselsnummer: ${noTenor(r)}\nAdresse: ${pick(STREETS)} ${1 + Math.floor(r() * 90)}, ${pick(TOWNS)}\nRing kontaktlærer ${name()} på ${phone()}.\n\nMed vennlig hilsen\n${name()}\nSaksnr. 2024/${10000 + Math.floor(r() * 90000)}\n\n`,
    () => `Hei alle sammen!\n\nFor en fin uke vi har hatt på avdelingen! Mandag var vi på tur i skogen, og onsdag bakte vi boller. I dag har ${pick(FIRST)}, ${pick(FIRST)} og ${pick(FIRST)} bygget hytte. Husk at vi har planleggingsdag ${date()}, da er barnehagen stengt. Minner om foreldremøtet kl. 18.00 i gymsalen. Ta med ullundertøy og ekstra votter, det er meldt kaldt vær resten av uka.\n\nHilsen alle oss på Blåbærtua\n\n`,
    () => `Hej ${pick(FIRST)}!\n\n${pick(FIRST)} har varit sjuk sedan i fredags och har fått diagnos astma. Personnummer ${seSamordning(r)}. Vi har flyttat till ${pick(STREETS)} ${1 + Math.floor(r() * 90)}, ${pick(TOWNS)}. Ring mig på ${phone()} eller mejla ${pick(FIRST).toLowerCase()}.${pick(LAST).toLowerCase()}@example.se.\n\nHälsningar\n${name()}\n\n`,
    () => `FAKTURA ${2024}-${1000 + Math.floor(r() * 9000)}\n\nSolstrålen barnehage SA\nOrg.nr. 987 654 325 MVA\nKontonummer: 1503.22.${10000 + Math.floor(r() * 90000)}\nKID: ${Math.floor(r() * 1e11)}\nFakturadato: ${date()}\n\nForeldrebetaling   3 315,00 kr\nKost                 560,00 kr\nÅ betale           3 875,00 kr\n\nSpørsmål? Skriv til post@solstralen.no.\n\n`,
    () => `Kære forældre til ${name()}\n\nSkolen har sendt en underretning til kommunen. Barnets CPR-nr.: ${dkOld(r)}. Vi holder møde fredag den ${1 + Math.floor(r() * 28)}. november kl. 10.00 på skolens kontor. Ring til ${name()} på ${phone()}, hvis tidspunktet ikke passer. CVR 13585628, EAN 5798009811578.\n\nMed venlig hilsen\n${name()}\n\n`,
    () => `Veckobrev\n\nHej alla föräldrar! I veckan har vi jobbat med hösten och samlat löv i parken. På torsdag kommer skolsköterskan och pratar om tandborstning. Utvecklingssamtalen hålls ${date()}. Glöm inte att märka kläderna! Bankgiro 5050-1055, OCR ${Math.floor(r() * 1e10)}.\n\nHälsningar från personalen\n\n`,
  ];
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    // A document: one of the templates with a paragraph or two of ordinary text around it.
    const p = `${prose(1 + Math.floor(r() * 3))}\n\n${pick(templates)()}${prose(Math.floor(r() * 3))}\n\n`;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}
