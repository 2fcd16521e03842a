import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/varsam';
import { buildDocx, buildPdf, buildXlsx, classList, faceSample, SYNTHETIC_IDS, withGpsExif } from '../support/build-files';
import { stripMetadata } from '../../files/image/strip';
import { buildEml, buildMsg } from '../support/build-mail';

let dir: string;
const run = async (...argv: string[]) => {
  let out = '', err = '';
  const code = await main(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'varsam-audit-'));
  mkdirSync(join(dir, 'postjournal/2026'), { recursive: true });
  writeFileSync(join(dir, 'postjournal/2026/vedtak.pdf'), buildPdf(['Side 1', 'Side 2', `Elevens fødselsnummer: ${SYNTHETIC_IDS[0]}`]));
  writeFileSync(join(dir, 'postjournal/klasseliste.docx'), buildDocx(classList().map((r) => r.join('\t'))));
  writeFileSync(join(dir, 'postjournal/elever.xlsx'), buildXlsx([{ name: 'Klasse 3B', rows: classList() }]));
  writeFileSync(join(dir, 'postjournal/tur.jpg'), withGpsExif(stripMetadata(faceSample(4))!));
  writeFileSync(join(dir, 'postjournal/referat.pdf'), buildPdf(['Dugnad lørdag klokken ti.']));
  writeFileSync(join(dir, 'postjournal/.hidden.pdf'), buildPdf(['x']));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('varsam scan on a folder (audit)', () => {
  it('walks the folder, says which page, summarises per file and exits 1', async () => {
    const { code, out } = await run('scan', join(dir, 'postjournal'));
    expect(code).toBe(1);
    expect(out).toMatch(/vedtak\.pdf: \d+ findings?/);
    expect(out).toMatch(/id\.no\s+•+88\s+page 3/);
    expect(out).toMatch(/Summary: 5 file\(s\), 4 with findings, 0 unreadable/);
    expect(out).toMatch(/elever\.xlsx\s+xlsx\s+1\s+.*id\.no 3.*sheet Klasse 3B/);
    expect(out).toMatch(/tur\.jpg\s+jpeg\s+.*GPS position/);
    expect(out).toMatch(/referat\.pdf\s+pdf\s+1\s+–/);
    expect(out).not.toContain('.hidden.pdf');
    for (const id of SYNTHETIC_IDS) expect(out).not.toContain(id);
  });

  it('writes HTML, CSV and JSON reports without the values', async () => {
    for (const ext of ['html', 'csv', 'json']) {
      const report = join(dir, `report.${ext}`);
      const { code, err } = await run('scan', join(dir, 'postjournal'), '--report', report);
      expect(code).toBe(1);
      expect(err).toContain(`report written to ${report}`);
      const text = readFileSync(report, 'utf8');
      expect(text).toContain('vedtak.pdf');
      expect(text).toContain('page 3');
      for (const id of SYNTHETIC_IDS) expect(text).not.toContain(id);
      if (ext === 'json') {
        const rows = JSON.parse(text).files as Array<{ file: string; kinds: Record<string, number>; pages?: number }>;
        expect(rows.find((r) => r.file.endsWith('vedtak.pdf'))).toMatchObject({ pages: 3, kinds: { 'id.no': 1 } });
      }
    }
  });

  it('an encrypted PDF is an error (exit 2) and a row in the report; the other files are still scanned', async () => {
    const d = join(dir, 'mixed');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'låst.pdf'), buildPdf(['Hemmelig'], { encrypted: true }));
    writeFileSync(join(d, 'ok.docx'), buildDocx(['Ingen personopplysninger.']));
    const { code, out, err } = await run('scan', d, '--report', join(dir, 'mixed.csv'));
    expect(code).toBe(2);
    expect(err).toMatch(/låst\.pdf: encrypted or password-protected/);
    expect(out).toMatch(/ok\.docx: nothing found/);
    expect(readFileSync(join(dir, 'mixed.csv'), 'utf8')).toMatch(/låst\.pdf,pdf,,,0,,,encrypted or password-protected/);
  });

  it('reports findings inside e-mail attachments (.eml and .msg) with the attachment and page', async () => {
    const d = join(dir, 'epost');
    mkdirSync(d, { recursive: true });
    const letter = buildPdf(['Til foresatte.', `Elevens fødselsnummer: ${SYNTHETIC_IDS[0]}`]);
    writeFileSync(join(d, 'brev.eml'), buildEml({ text: 'Se vedlagt brev.', attachments: [{ name: 'vedlegg.pdf', mime: 'application/pdf', bytes: letter }] }));
    writeFileSync(join(d, 'elevsak.msg'), buildMsg({ subject: 'Elevsak', body: 'Klasselisten ligger ved.', attachments: [{ name: 'elever.xlsx', bytes: buildXlsx([{ name: 'Klasse 3B', rows: classList() }]) }] }));
    const { code, out } = await run('scan', d, '--report', join(dir, 'epost.json'));
    expect(code).toBe(1);
    expect(out).toMatch(/id\.no\s+•+88\s+vedlegg\.pdf › page 2/);
    expect(out).toMatch(/brev\.eml\s+eml\s+email 1, id\.no 1\s+vedlegg\.pdf › page 2/);
    expect(out).toMatch(/elevsak\.msg\s+msg\s+.*id\.no 3.*elever\.xlsx › sheet Klasse 3B/);
    const rows = JSON.parse(readFileSync(join(dir, 'epost.json'), 'utf8')).files as Array<{ file: string; where: string[] }>;
    expect(rows.find((r) => r.file.endsWith('brev.eml'))!.where).toEqual(['vedlegg.pdf › page 2']);
    for (const id of SYNTHETIC_IDS) expect(out).not.toContain(id);
  });

  it('an e-mail with an encrypted attachment is an error (exit 2), and what was read is still reported', async () => {
    const d = join(dir, 'epost-låst');
    mkdirSync(d, { recursive: true });
    writeFileSync(join(d, 'låst.eml'), buildEml({ text: `Eleven har fnr ${SYNTHETIC_IDS[1]}.`, attachments: [{ name: 'låst.pdf', mime: 'application/pdf', bytes: buildPdf(['Hemmelig'], { encrypted: true }) }] }));
    const { code, out, err } = await run('scan', d);
    expect(code).toBe(2);
    expect(err).toMatch(/låst\.eml: attachment låst\.pdf: encrypted or password-protected/);
    expect(out).toMatch(/låst\.eml: 2 findings\n.*\n  email .*\n  id\.no  •+03/);
    expect(out).toMatch(/låst\.eml\s+eml\s+email 1, id\.no 1; error: attachment låst\.pdf: encrypted/);
  });

  it('refuses a report name it cannot write', async () => {
    expect((await run('scan', dir, '--report', 'report.txt')).code).toBe(2);
  });
});
