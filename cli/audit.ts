/**
 * Folder audits for `varsam scan`: directories are walked recursively, each file gets a summary
 * row (type, pages, kinds with counts, pages with findings, notes such as a photo's GPS
 * position), a progress bar runs on a terminal, and `--report` writes the summary as HTML, CSV or
 * JSON for an archivist. Reports hold kinds, counts and page numbers, never the values.
 */
import { readdir, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { DOCUMENT_EXTENSIONS, IMAGE_EXTENSIONS } from './documents';

/** Extensions picked up when walking a directory. */
const AUDITED = new Set([...DOCUMENT_EXTENSIONS, ...IMAGE_EXTENSIONS, '.md', '.json', '.xml', '.html', '.htm']);

/** Files to scan: plain paths as given; directories walked recursively (sorted, hidden entries skipped). */
export async function expandPaths(paths: string[]): Promise<{ files: string[]; walked: boolean }> {
  const files: string[] = [];
  let walked = false;
  const walk = async (dir: string) => {
    const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => a.name.localeCompare(b.name));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile() && AUDITED.has(extname(e.name).toLowerCase())) files.push(p);
    }
  };
  for (const p of paths) {
    if (p !== '-' && (await stat(p).then((s) => s.isDirectory(), () => false))) { walked = true; await walk(p); }
    else files.push(p);
  }
  return { files, walked };
}

export interface SummaryRow {
  file: string;
  type: string;
  pages?: number;
  kinds: Record<string, number>;
  /** Pages/sheets/slides with findings, e.g. `page 3`. */
  where: string[];
  notes: string[];
  error?: string;
}

/** Label of the page a text offset falls on (none for an e-mail's own text, labelled ''). */
export function pageOf(offset: number, pages: number[] | undefined, labels: string[] | undefined): string | undefined {
  if (!pages?.length) return undefined;
  let i = 0;
  while (i + 1 < pages.length && pages[i + 1]! <= offset) i++;
  return (labels?.[i] ?? `page ${i + 1}`) || undefined;
}

const kindsText = (k: Record<string, number>) => Object.entries(k).map(([kind, n]) => `${kind} ${n}`).join(', ');

export function summaryTable(rows: SummaryRow[]): string {
  const cells = rows.map((r) => [r.file, r.type, r.pages === undefined ? '' : String(r.pages), [kindsText(r.kinds), r.error ? `error: ${r.error}` : ''].filter(Boolean).join('; ') || '–', [r.where.join(', '), ...r.notes].filter(Boolean).join('; ')]);
  const head = ['file', 'type', 'pages', 'found', 'where / notes'];
  const width = head.map((h, i) => Math.min(60, Math.max(h.length, ...cells.map((c) => [...c[i]!].length))));
  const line = (c: string[]) => c.map((v, i) => (i === c.length - 1 ? v : v.padEnd(width[i]!))).join('  ').trimEnd();
  const found = rows.filter((r) => Object.keys(r.kinds).length || r.notes.some((n) => /GPS/.test(n))).length;
  const errors = rows.filter((r) => r.error).length;
  return `\nSummary: ${rows.length} file(s), ${found} with findings, ${errors} unreadable\n${line(head)}\n${cells.map(line).join('\n')}\n`;
}

const csvCell = (v: string) => (/[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const html = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Writes the summary as .html, .csv or .json (by the file's extension). */
export async function writeReport(path: string, rows: SummaryRow[], generated = new Date()): Promise<void> {
  const ext = extname(path).toLowerCase();
  if (ext === '.json') {
    await writeFile(path, JSON.stringify({ generated: generated.toISOString(), files: rows }, null, 2) + '\n');
  } else if (ext === '.csv') {
    const lines = [['file', 'type', 'pages', 'kinds', 'total', 'where', 'notes', 'error'].join(',')];
    for (const r of rows) {
      const total = Object.values(r.kinds).reduce((a, b) => a + b, 0);
      lines.push([r.file, r.type, r.pages ?? '', kindsText(r.kinds), total, r.where.join(' '), r.notes.join(' '), r.error ?? ''].map((v) => csvCell(String(v))).join(','));
    }
    await writeFile(path, lines.join('\n') + '\n');
  } else if (ext === '.html' || ext === '.htm') {
    const body = rows.map((r) => `<tr${r.error || Object.keys(r.kinds).length ? ' class="flag"' : ''}><td>${html(r.file)}</td><td>${html(r.type)}</td><td>${r.pages ?? ''}</td><td>${[html(kindsText(r.kinds)), r.error ? `<strong>${html(r.error)}</strong>` : ''].filter(Boolean).join('; ') || '–'}</td><td>${html(r.where.join(', '))}</td><td>${html(r.notes.join('; '))}</td></tr>`).join('\n');
    const flagged = rows.filter((r) => r.error || Object.keys(r.kinds).length || r.notes.length).length;
    await writeFile(path, `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Varsam audit ${html(generated.toISOString().slice(0, 10))}</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;text-align:left;vertical-align:top}tr.flag td{background:#fff4d6}</style></head>
<body><h1>Varsam audit</h1><p>${rows.length} file(s) checked on ${html(generated.toISOString())}; ${flagged} need a look. Values are never shown: kinds, counts and pages only.</p>
<table><thead><tr><th>File</th><th>Type</th><th>Pages</th><th>Found</th><th>Where</th><th>Notes</th></tr></thead><tbody>
${body}
</tbody></table></body></html>
`);
  } else {
    throw new Error(`--report: use a .html, .csv or .json file name (got ${path})`);
  }
}

/** A one-line progress bar on a terminal (stderr), cleared when done. */
export function progressBar(total: number, write: (s: string) => void, enabled: boolean) {
  let last = '';
  return {
    tick(done: number, file: string) {
      if (!enabled || total < 2) return;
      const width = 24;
      const filled = Math.round((done / total) * width);
      const name = file.length > 40 ? '…' + file.slice(-39) : file;
      const s = `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}`;
      write(s.padEnd(last.length));
      last = s;
    },
    done() { if (enabled && last) write('\r' + ' '.repeat(last.length) + '\r'); },
  };
}
