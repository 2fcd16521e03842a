/**
 * `varsam` — the same detectors as the extension, in Node.
 *
 *   varsam scan FILE… | -          table of findings (kind, masked value, line:column, score)
 *   varsam scan --json FILE…       one JSON document per file, one per line
 *   varsam scan --jsonl            stdin lines {"id","text"} → stdout lines {"id","findings"}, streaming
 *
 * Exit code: 0 nothing found, 1 personal data found, 2 an error (the other files are still scanned).
 * Values are never printed in clear: the table and the JSON carry masked values and offsets only.
 */
import { createInterface } from 'node:readline';
import { extname } from 'node:path';
import { maskValue, scan, DETECTOR_IDS, FINDING_KINDS, type Finding, type ScanOptions } from '../detectors';
import { readerFor, type ReadResult } from './readers';
import { registerDocumentReaders } from './documents';
import { expandPaths, pageOf, progressBar, summaryTable, writeReport, type SummaryRow } from './audit';
import { endOcrNode } from '../files/ocr/node';

// PDF, Office, OpenDocument, RTF, e-mail and photos (files/): folder audits.
registerDocumentReaders();

export { readers, registerReader } from './readers';

export const HELP = `Usage: varsam scan [options] FILE… | -

Finds personal data (Nordic ID numbers, names, phone numbers, e-mail and street addresses,
birth dates) and special-category context in files or standard input (-). Reads text, CSV,
PDF, DOCX, XLSX, PPTX, ODT/ODS/ODP, RTF and e-mail (.eml, .msg, attachments included); photos are checked for a GPS position,
camera serial and owner. A directory is scanned recursively (folder audit).

Options:
  --json             one JSON document per file: {"file","findings":[…]} (masked values only)
  --jsonl            batch mode: each stdin line {"id","text"} gives one stdout line
                     {"id","findings":[{"kind","start","end","score"}]}, in order, streaming
  --min-score N      drop findings scored below N (0..1, default 0.5)
  --disable ID       switch a detector off (repeatable): ${DETECTOR_IDS.join(', ')}
  --personal-only    leave out special-category context (special.*)
  --report FILE      write a per-file summary to FILE (.html, .csv or .json): kinds, counts,
                     pages, photo location; never the values
  --summary          print the per-file summary table (on by default for directories and
                     several files)
  --ocr              read text in images and on scanned PDF pages (tesseract, Norwegian,
                     Swedish and Danish models from node_modules; a few seconds a picture or page)
  -h, --help         this text

Exit code: 0 nothing found, 1 something found, 2 error.
Kinds: ${FINDING_KINDS.join(', ')}
`;

interface Args { files: string[]; json: boolean; jsonl: boolean; personalOnly: boolean; options: ScanOptions; report?: string; summary: boolean; ocr: boolean }

export function parseArgs(argv: string[]): Args | string {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help') return HELP;
  if (command !== 'scan') return `varsam: unknown command "${command}"\n\n${HELP}`;
  const a: Args = { files: [], json: false, jsonl: false, personalOnly: false, options: { detectors: {} }, summary: false, ocr: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (arg === '--json') a.json = true;
    else if (arg === '--jsonl') a.jsonl = true;
    else if (arg === '--personal-only') a.personalOnly = true;
    else if (arg === '--summary') a.summary = true;
    else if (arg === '--ocr') a.ocr = true;
    else if (arg === '--report') {
      const file = rest[++i];
      if (!file || !/\.(html?|csv|json)$/i.test(file)) return 'varsam: --report needs a file name ending in .html, .csv or .json\n';
      a.report = file;
    }
    else if (arg === '--min-score') {
      const n = Number(rest[++i]);
      if (!(n >= 0 && n <= 1)) return 'varsam: --min-score needs a number from 0 to 1\n';
      a.options.minScore = n;
    } else if (arg === '--disable') {
      const id = rest[++i] ?? '';
      if (!(DETECTOR_IDS as string[]).includes(id)) return `varsam: unknown detector "${id}" (${DETECTOR_IDS.join(', ')})\n`;
      a.options.detectors![id] = { enabled: false };
    } else if (arg === '-h' || arg === '--help') return HELP;
    else if (arg.startsWith('--')) return `varsam: unknown option ${arg}\n\n${HELP}`;
    else a.files.push(arg);
  }
  if (!a.jsonl && a.files.length === 0) return `varsam: no file given (use - for standard input)\n\n${HELP}`;
  return a;
}

/** 1-based line and column (in UTF-16 code units) of each offset. */
function lineCol(text: string, offsets: number[]): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  const sorted = offsets.map((o, i) => [o, i] as const).sort((x, y) => x[0] - y[0]);
  let line = 1, lineStart = 0, pos = 0;
  for (const [o, i] of sorted) {
    for (; pos < o; pos++) if (text.charCodeAt(pos) === 10) { line++; lineStart = pos + 1; }
    out[i] = { line, column: o - lineStart + 1 };
  }
  return out;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function describe(text: string, findings: Finding[]) {
  const pos = lineCol(text, findings.map((f) => f.start));
  return findings.map((f, i) => ({
    kind: f.kind, masked: maskValue(text.slice(f.start, f.end)), start: f.start, end: f.end,
    line: pos[i]!.line, column: pos[i]!.column, score: Math.round(f.score * 100) / 100,
    detector: f.detector, ...(f.variant ? { variant: f.variant } : {}),
  }));
}

function table(file: string, rows: Array<ReturnType<typeof describe>[number] & { page?: string }>, out: (s: string) => void): void {
  if (rows.length === 0) { out(`${file}: nothing found\n`); return; }
  out(`${file}: ${rows.length} finding${rows.length === 1 ? '' : 's'}\n`);
  const masked = rows.map((r) => r.masked.replace(/\s+/g, ' '));
  const w = Math.max(4, ...rows.map((r) => r.kind.length));
  const v = Math.max(5, ...masked.map((m) => [...m].length));
  const pw = rows.some((r) => r.page) ? Math.max(4, ...rows.map((r) => (r.page ?? '').length)) : 0;
  const pageCell = (p: string | undefined) => (pw ? `${(p ?? '').padEnd(pw)}  ` : '');
  out(`  ${'kind'.padEnd(w)}  ${'value'.padEnd(v)}  ${pageCell(pw ? 'page' : '')}${'line:col'.padEnd(9)} score\n`);
  rows.forEach((r, i) => {
    out(`  ${r.kind.padEnd(w)}  ${masked[i]!.padEnd(v)}  ${pageCell(r.page)}${`${r.line}:${r.column}`.padEnd(9)} ${r.score.toFixed(2)}\n`);
  });
}

function select(text: string, a: Args): Finding[] {
  const findings = scan(text, a.options);
  return a.personalOnly ? findings.filter((f) => !f.kind.startsWith('special.')) : findings;
}

async function jsonl(a: Args, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let found = false, failed = false, n = 0;
  const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let doc: { id?: unknown; text?: unknown } | null;
    try { doc = JSON.parse(line); } catch { doc = null; }
    if (typeof doc?.text !== 'string') {
      failed = true;
      err(`varsam: stdin line ${n}: expected {"id": …, "text": "…"}\n`);
      out(`${JSON.stringify({ id: (doc as { id?: unknown } | null)?.id ?? null, error: 'expected {"id","text"}' })}\n`);
      continue;
    }
    const findings = select(doc.text, a);
    if (findings.length) found = true;
    out(`${JSON.stringify({ id: doc.id ?? null, findings: findings.map(({ kind, start, end, score }) => ({ kind, start, end, score })) })}\n`);
  }
  return failed ? 2 : found ? 1 : 0;
}

/** Runs the CLI; returns the exit code. `out`/`err` are injectable for tests. */
export async function main(
  argv: string[],
  out = (s: string) => void process.stdout.write(s),
  err = (s: string) => void process.stderr.write(s),
): Promise<number> {
  const a = parseArgs(argv);
  if (typeof a === 'string') {
    if (a === HELP) { out(a); return 0; }
    err(a);
    return 2;
  }
  if (a.jsonl) return jsonl(a, out, err);
  try {
    return await scanFiles(a, out, err);
  } finally {
    await endOcrNode();
  }
}

async function scanFiles(a: Args, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  let found = false, failed = false;
  const { files, walked } = await expandPaths(a.files);
  const rows: SummaryRow[] = [];
  const bar = progressBar(files.length, err, Boolean(process.stderr.isTTY) && !a.json);
  let done = 0;
  for (const file of files) {
    bar.tick(done++, file);
    const name = file === '-' ? '(stdin)' : file;
    let read: ReadResult;
    try {
      read = file === '-' ? { text: await readStdin() } : await readerFor(file)(file, { ocr: a.ocr });
    } catch (e) {
      failed = true;
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
      bar.done();
      err(`varsam: cannot read ${file}: ${why}\n`);
      if (a.json) out(`${JSON.stringify({ file: name, error: why })}\n`);
      rows.push({ file: name, type: extname(file).slice(1).toLowerCase() || 'text', kinds: {}, where: [], notes: [], error: why });
      continue;
    }
    const findings = select(read.text, a);
    if (findings.length || read.photo?.gps) found = true;
    const described = describe(read.text, findings);
    const rowsOut = described.map((r) => {
      const page = pageOf(r.start, read.pages, read.pageLabels);
      return page ? { ...r, page } : r;
    });
    const kinds: Record<string, number> = {};
    for (const f of findings) kinds[f.kind] = (kinds[f.kind] ?? 0) + 1;
    const where = [...new Set(rowsOut.map((r) => (r as { page?: string }).page).filter((p): p is string => Boolean(p)))];
    rows.push({ file: name, type: read.type ?? (extname(file).slice(1).toLowerCase() || 'text'), pages: read.pageCount, kinds, where, notes: read.notes ?? [], ...(read.error ? { error: read.error } : {}) });
    bar.done();
    if (read.error) { failed = true; err(`varsam: cannot read all of ${file}: ${read.error}\n`); }
    if (a.json) out(`${JSON.stringify({ file: name, ...(read.type ? { type: read.type } : {}), ...(read.pageCount ? { pages: read.pageCount } : {}), ...(read.notes?.length ? { notes: read.notes } : {}), findings: rowsOut })}\n`);
    else {
      table(name, rowsOut, out);
      if (read.notes?.length) out(`  note: ${read.notes.join('; ')}\n`);
    }
  }
  bar.done();
  if (!a.json && (a.summary || walked || files.length > 1)) out(summaryTable(rows));
  if (a.report) {
    try { await writeReport(a.report, rows); err(`varsam: report written to ${a.report}\n`); } catch (e) { err(`varsam: ${(e as Error).message}\n`); return 2; }
  }
  return failed ? 2 : found ? 1 : 0;
}
