/**
 * Progress while documents are read part by part (files/text/progress.ts): sheets, slides,
 * document parts and an e-mail's attachments are counted as they are read, the way PDF pages
 * are, and a report answered with false stops the reading (Cancel). Files are built by the test.
 */
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { extractText } from '../../files';
import { inspectWithText } from '../../files/inspect';
import type { ProgressUnit } from '../../files/text/progress';
import { loadPdfJsNode } from '../../files/node';
import { buildDocx, buildPdf, buildXlsx, SYNTHETIC_IDS } from '../support/build-files';
import { buildEml } from '../support/build-mail';
import { stageText } from '../../guard/dialog/CheckingStatus';
import { translator } from '../../locales';
import type { FileReport } from '../../files/types';

type Report = [number, number, ProgressUnit];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const sheets = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `Klasse ${i + 1}`, rows: [['Navn', 'Merknad'], ['Gruppe', `Ark ${i + 1}`]] }));

function recorder(stopAt?: number) {
  const reports: Report[] = [];
  return {
    reports,
    onProgress: (done: number, total: number, unit: ProgressUnit) => { reports.push([done, total, unit]); return stopAt === undefined || done < stopAt; },
  };
}

function buildPptx(slides: string[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  slides.forEach((t, i) => { files[`ppt/slides/slide${i + 1}.xml`] = strToU8(`<p:sld xmlns:a="a" xmlns:p="p"><a:p><a:t>${t}</a:t></a:p></p:sld>`); });
  return zipSync(files);
}

function buildOds(tables: string[]): Uint8Array {
  return zipSync({
    mimetype: [strToU8('application/vnd.oasis.opendocument.spreadsheet'), { level: 0 }],
    'content.xml': strToU8(`<office:document-content><office:body><office:spreadsheet>${tables.map((n) => `<table:table table:name="${n}"><table:table-row><table:table-cell><text:p>${n}</text:p></table:table-cell></table:table-row></table:table>`).join('')}</office:spreadsheet></office:body></office:document-content>`),
  });
}

describe('extractors report their parts', () => {
  it('XLSX: sheet n of N, from 0 to N, each after the sheet is there', async () => {
    const r = recorder();
    const seen: string[] = [];
    const out = await extractText(buildXlsx(sheets(5)), 'elever.xlsx', XLSX, { ...r, onPart: (p) => seen.push(`${p.label}@${r.reports.length}`) });
    expect(out.parts.map((p) => p.label)).toEqual(['Klasse 1', 'Klasse 2', 'Klasse 3', 'Klasse 4', 'Klasse 5']);
    expect(r.reports).toEqual([[0, 5, 'sheet'], [1, 5, 'sheet'], [2, 5, 'sheet'], [3, 5, 'sheet'], [4, 5, 'sheet'], [5, 5, 'sheet']]);
    // Each sheet is handed over before its report: the inspection scans it within the progress.
    expect(seen).toEqual(['Klasse 1@1', 'Klasse 2@2', 'Klasse 3@3', 'Klasse 4@4', 'Klasse 5@5']);
  });

  it('PPTX counts slides, DOCX its parts, ODS its tables', async () => {
    const slides = recorder();
    await extractText(buildPptx(['Velkommen', 'Plan', 'Takk']), 'mote.pptx', '', slides);
    expect(slides.reports.at(-1)).toEqual([3, 3, 'slide']);
    const docx = recorder();
    const d = await extractText(buildDocx(['Referat fra møtet'], 'Solbakken skole'), 'referat.docx', '', docx);
    expect(d.parts.map((p) => p.label)).toEqual(['document', 'header']);
    expect(docx.reports).toEqual([[0, 2, 'part'], [1, 2, 'part'], [2, 2, 'part']]);
    const ods = recorder();
    const o = await extractText(buildOds(['A', 'B', 'C', 'D']), 'liste.ods', '', ods);
    expect(o.parts.map((p) => p.label)).toEqual(['A', 'B', 'C', 'D']);
    expect(ods.reports.at(-1)).toEqual([4, 4, 'sheet']);
  });

  it('false stops between parts: the sheets after it are not read', async () => {
    const r = recorder(2);
    const out = await extractText(buildXlsx(sheets(6)), 'elever.xlsx', XLSX, r);
    expect(out.parts.map((p) => p.label)).toEqual(['Klasse 1', 'Klasse 2']);
    expect(r.reports.at(-1)).toEqual([2, 6, 'sheet']);
  });

  it('without a callback nothing changes (the CLI): same parts', async () => {
    const bytes = buildXlsx(sheets(3));
    expect((await extractText(bytes, 'a.xlsx', XLSX)).parts).toEqual((await extractText(bytes, 'a.xlsx', XLSX, recorder())).parts);
  });
});

describe("an e-mail's attachments", () => {
  const eml = () => buildEml({
    subject: 'Klasselister', text: 'Se vedlagt.',
    attachments: [
      { name: 'a.xlsx', mime: XLSX, bytes: buildXlsx(sheets(4)) },
      { name: 'b.pdf', mime: 'application/pdf', bytes: buildPdf(['Side 1', 'Side 2', 'Side 3']) },
      { name: 'c.xlsx', mime: XLSX, bytes: buildXlsx(sheets(2)) },
    ],
  });

  it('are counted, attachment n of N; the sheets and pages inside them are not shown as such', async () => {
    const r = recorder();
    const pages: number[] = [];
    const out = await extractText(eml(), 'lister.eml', 'message/rfc822', { ...r, loadPdfJs: loadPdfJsNode, onPage: (n) => { pages.push(n); } });
    expect(new Set(r.reports.map(([, total, unit]) => `${total} ${unit}`))).toEqual(new Set(['3 attachment']));
    // Inside an attachment the position is only repeated (so Cancel is heard there too).
    expect([...new Set(r.reports.map(([done]) => done))]).toEqual([0, 1, 2, 3]);
    expect(pages).toEqual([]);
    expect(out.parts.filter((p) => p.within).map((p) => `${p.within!.join('›')} ${p.label}`)).toEqual(
      ['a.xlsx Klasse 1', 'a.xlsx Klasse 2', 'a.xlsx Klasse 3', 'a.xlsx Klasse 4', 'b.pdf 1', 'b.pdf 2', 'b.pdf 3', 'c.xlsx Klasse 1', 'c.xlsx Klasse 2']);
  });

  it('false stops before the next attachment', async () => {
    const r = recorder(1);
    const out = await extractText(eml(), 'lister.eml', 'message/rfc822', { ...r, loadPdfJs: loadPdfJsNode });
    const within = new Set(out.parts.flatMap((p) => p.within ?? []));
    expect(within.has('b.pdf')).toBe(false);
    expect(within.has('c.xlsx')).toBe(false);
  });
});

describe('inspection with progress', () => {
  it('finds the same as without, in the same order, and a cancelled read stops early', async () => {
    const book = sheets(5);
    book[3]!.rows.push(['Ola Nordmann', SYNTHETIC_IDS[0]!]);
    const bytes = buildXlsx(book);
    const plain = await inspectWithText(bytes, 'elever.xlsx', XLSX);
    const withProgress = await inspectWithText(bytes, 'elever.xlsx', XLSX, recorder());
    expect(withProgress.text).toBe(plain.text);
    expect(withProgress.findings).toEqual(plain.findings);
    expect(withProgress.report.parts.map((p) => p.label)).toEqual(['Klasse 4']);
    const stopped = await inspectWithText(bytes, 'elever.xlsx', XLSX, recorder(2));
    expect(stopped.report.kinds).toEqual({});
    expect(stopped.text).not.toContain('Klasse 3');
  });
});

describe('the stage the checking panel shows', () => {
  it('names the sheet, slide, part or attachment being read, in every language', () => {
    const en = translator('en');
    expect(stageText(en, { stage: 'text', done: 1, total: 5, unit: 'sheet' })).toBe('Reading sheet 2 of 5');
    expect(stageText(en, { stage: 'text', done: 5, total: 5, unit: 'sheet' })).toBe('Reading sheet 5 of 5');
    expect(stageText(en, { stage: 'text', done: 0, total: 3, unit: 'attachment' })).toBe('Reading attachment 1 of 3');
    expect(stageText(en, { stage: 'text', done: 3, total: 20, unit: 'page' })).toBe('Reading page 3 of 20');
    expect(stageText(translator('nb'), { stage: 'text', done: 1, total: 4, unit: 'slide' })).toBe('Leser lysbilde 2 av 4');
    expect(stageText(translator('nn'), { stage: 'text', done: 0, total: 2, unit: 'attachment' })).toBe('Les vedlegg 1 av 2');
    expect(stageText(translator('sv'), { stage: 'text', done: 2, total: 3, unit: 'sheet' })).toBe('Läser blad 3 av 3');
    expect(stageText(translator('da'), { stage: 'text', done: 0, total: 7, unit: 'part' })).toBe('Læser del 1 af 7 af dokumentet');
  });
});

describe('OCR page limit', () => {
  it('reads the first 20 scanned pages; the rest hold the file as partly read, and the dialog says which', async () => {
    const { pagesForOcr, MAX_OCR_PAGES } = await import('../../files/browser/ocr-parts');
    const scanned = Array.from({ length: 300 }, (_, i) => i + 1);
    const report: FileReport = { name: 'skannet.pdf', size: 1, type: 'pdf', parts: [], kinds: {}, chars: 0, pages: 300, pagesWithoutText: scanned };
    expect(pagesForOcr(report)).toEqual(scanned.slice(0, MAX_OCR_PAGES));
    expect(MAX_OCR_PAGES).toBe(20);
    expect(report.problem).toBe('partly-read');
    expect(report.pagesNotRead).toEqual(scanned.slice(20));
    const small: FileReport = { ...report, pagesWithoutText: [2, 5], problem: undefined, pagesNotRead: undefined };
    expect(pagesForOcr(small)).toEqual([2, 5]);
    expect(small.problem).toBeUndefined();
    // A scanned PDF attached to an e-mail has the same limit; the e-mail is held naming the attachment.
    const mail: FileReport = { name: 'brev.eml', size: 1, type: 'eml', parts: [], kinds: {}, chars: 0 };
    expect(pagesForOcr(mail, { pages: scanned, within: ['skann.pdf'] })).toEqual(scanned.slice(0, 20));
    expect(mail).toMatchObject({ problem: 'partly-read', problemIn: ['skann.pdf'], pagesNotRead: scanned.slice(20) });
    expect(translator('en')('files.problem.partly-read', { count: 280, first: 21, max: 20 }))
      .toBe('280 scanned pages were not read (from page 21): Varsam reads the text of at most 20 scanned pages per file, so it does not know what is on them. Check them yourself before you share the file.');
  });
});
