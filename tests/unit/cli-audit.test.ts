import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/varsam';
import { buildDocx, buildPdf, buildXlsx, classList, faceSample, SYNTHETIC_IDS, withGpsExif } from '../support/build-files';
import { stripMetadata } from '../../files/image/strip';

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

  it('refuses a report name it cannot write', async () => {
    expect((await run('scan', dir, '--report', 'report.txt')).code).toBe(2);
  });
});
