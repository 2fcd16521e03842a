import type { TextPart } from '../types';
import { FileReadError, type Budget } from '../types';
import { decodeEntities, xmlText } from './xml';
import { byNumber, unzipText } from './zip';
import { readParts, type PartHooks } from './progress';

const WORD_PARTS = /^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$/;

/** DOCX: body, headers, footers, footnotes and comments. */
export async function docxText(bytes: Uint8Array, budget?: Budget, hooks: PartHooks = {}): Promise<TextPart[]> {
  const files = unzipText(bytes, (n) => WORD_PARTS.test(n), budget);
  const doc = files.get('word/document.xml');
  if (doc === undefined) throw new FileReadError('corrupt', 'no word/document.xml');
  const opts = { texts: ['w:t', 'w:delText'], breaks: ['w:p', 'w:br', 'w:cr'], tabs: ['w:tab'] };
  const names = ['word/document.xml', ...[...files.keys()].filter((n) => n !== 'word/document.xml').sort(byNumber)];
  return readParts(names, 'part', hooks, (name) => {
    const text = xmlText(files.get(name)!, opts);
    if (name === 'word/document.xml') return { unit: 'body', label: 'document', text };
    return text.trim() ? { unit: 'part', label: /^word\/([a-z]+)/.exec(name)![1]!, text } : undefined;
  });
}

/** XLSX: one part per sheet, named as in the workbook; cells of a row joined by tabs. */
export async function xlsxText(bytes: Uint8Array, budget?: Budget, hooks: PartHooks = {}): Promise<TextPart[]> {
  const files = unzipText(bytes, (n) =>
    n === 'xl/sharedStrings.xml' || n === 'xl/workbook.xml' || n === 'xl/_rels/workbook.xml.rels' || /^xl\/worksheets\/sheet\d+\.xml$/.test(n), budget);
  const shared: string[] = [];
  const ss = files.get('xl/sharedStrings.xml');
  if (ss) for (const si of ss.matchAll(/<si>([\s\S]*?)<\/si>/g)) shared.push(xmlText(si[1]!, { texts: ['t'], breaks: [] }));
  // Sheet names: workbook.xml <sheet name r:id> → rels Target.
  const names = new Map<string, string>();
  const rels = new Map<string, string>();
  for (const r of (files.get('xl/_rels/workbook.xml.rels') ?? '').matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(r[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(r[0])?.[1];
    if (id && target) rels.set(id, 'xl/' + target.replace(/^\/?xl\//, '').replace(/^\//, ''));
  }
  for (const s of (files.get('xl/workbook.xml') ?? '').matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(s[0])?.[1];
    const rid = /\br:id="([^"]+)"/.exec(s[0])?.[1];
    const target = rid ? rels.get(rid) : undefined;
    if (name !== undefined && target) names.set(target, decodeEntities(name));
  }
  const sheets = [...files.keys()].filter((n) => n.startsWith('xl/worksheets/')).sort(byNumber);
  if (sheets.length === 0) throw new FileReadError('corrupt', 'no worksheets');
  return readParts(sheets, 'sheet', hooks, (name, i) => {
    const xml = files.get(name)!;
    const rows: string[] = [];
    for (const row of xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
      const cells: string[] = [];
      for (const c of row[1]!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
        const attrs = c[1] ?? '';
        const body = c[2] ?? '';
        const type = /\bt="([^"]+)"/.exec(attrs)?.[1];
        let value = '';
        if (type === 's') value = shared[Number(/<v>([^<]*)<\/v>/.exec(body)?.[1])] ?? '';
        else if (type === 'inlineStr') value = xmlText(body, { texts: ['t'], breaks: [] });
        else value = decodeEntities(/<v>([^<]*)<\/v>/.exec(body)?.[1] ?? '');
        cells.push(value);
      }
      rows.push(cells.join('\t'));
    }
    return { unit: 'sheet' as const, label: names.get(name) ?? `Sheet${i + 1}`, text: rows.join('\n') };
  });
}

/** PPTX: one part per slide (with its notes). */
export async function pptxText(bytes: Uint8Array, budget?: Budget, hooks: PartHooks = {}): Promise<TextPart[]> {
  const files = unzipText(bytes, (n) => /^ppt\/(slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(n), budget);
  const slides = [...files.keys()].filter((n) => n.startsWith('ppt/slides/')).sort(byNumber);
  if (slides.length === 0) throw new FileReadError('corrupt', 'no slides');
  const opts = { texts: ['a:t'], breaks: ['a:p', 'a:br'] };
  return readParts(slides, 'slide', hooks, (name) => {
    const n = /(\d+)\.xml$/.exec(name)![1]!;
    const notes = files.get(`ppt/notesSlides/notesSlide${n}.xml`);
    return { unit: 'slide' as const, label: n, text: xmlText(files.get(name)!, opts) + (notes ? '\n' + xmlText(notes, opts) : '') };
  });
}
