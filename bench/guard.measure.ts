/**
 * `npm run bench:guard`: what the guard costs a user, measured in real Chromium with the test
 * build of the extension, against the same page without the extension.
 *
 * - clean publish: a user-like activation (pointerdown, mousedown, pointerup, mouseup, click)
 *   on "Publiser" with 1 KB and 5 KB of clean text; time until the site's own click handler
 *   has run. Added delay = median with Varsam − median without. Target: < 16 ms (one frame).
 * - click to dialog: 5 KB of text with one national ID number; time until the dialog is in the
 *   document, and until the next frame is painted. Target: < 50 ms. Also the cold case: the
 *   first action on a fresh page, which loads the detectors (guard/scanner.ts) first.
 * - page load: DOMContentLoaded of a small local page, with and without the content script.
 */
import { cpus, loadavg } from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension } from '../tests/e2e/support/browser';
import { findChromium } from '../tests/e2e/support/chromium';
import { acquireMachineLock } from '../tests/e2e/support/machine-lock';
import { startFixtureServer, type FixtureServer } from '../tests/e2e/support/server';

const RUNS = 60;
const WARMUP = 10;
const DIALOG_RUNS = 25;

const median = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]!; };
const p95 = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]!; };

interface Activation { handler: number; sync: number; dialog: boolean }

async function cleanPublish(page: Page, bytes: number): Promise<number[]> {
  await page.evaluate((b) => (window as unknown as { __fill: (n: number, r: boolean) => void }).__fill(b, false), bytes);
  await new Promise((r) => setTimeout(r, 300));
  const times: number[] = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const r = await page.evaluate(() => (window as unknown as { __activate: () => Activation }).__activate());
    if (r.dialog || r.handler < 0) throw new Error('clean text was held: the benchmark text is not clean any more');
    if (i >= WARMUP) times.push(r.handler);
  }
  return times;
}

/** Page load to DOMContentLoaded (the content script is injected at document_start on every page). */
async function loads(browser: Browser, server: FixtureServer): Promise<number[]> {
  const page = await browser.newPage();
  const times: number[] = [];
  try {
    for (let i = 0; i < 23; i++) {
      await page.goto(server.url('/sites/bench-guard.html'));
      const t = await page.evaluate(() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return n.domContentLoadedEventEnd - n.startTime; });
      if (i >= 3) times.push(t);
    }
  } finally { await page.close(); }
  return times;
}

async function withPage<T>(browser: Browser, server: FixtureServer, fn: (page: Page) => Promise<T>): Promise<T> {
  const page = await browser.newPage();
  await page.goto(server.url('/sites/bench-guard.html'));
  try { return await fn(page); } finally { await page.close(); }
}

it('guard benchmark', async () => {
  const server = await startFixtureServer();
  const results: Record<string, { median: number; p95: number }> = {};
  const put = (k: string, xs: number[]) => { results[k] = { median: median(xs), p95: p95(xs) }; };

  // Without the extension (baseline).
  const release = await acquireMachineLock('shared');
  const dir = mkdtempSync(join(tmpdir(), 'varsam-bench-'));
  try {
    const plain = await puppeteer.launch({ executablePath: findChromium(), headless: true, userDataDir: dir, pipe: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      for (const kb of [1, 5]) put(`baseline ${kb} KB`, await withPage(plain, server, (p) => cleanPublish(p, kb * 1024)));
      put('baseline page load (DOMContentLoaded)', await loads(plain, server));
    } finally { await plain.close(); }
  } finally { rmSync(dir, { recursive: true, force: true }); release(); }

  // With Varsam.
  const ext = await launchWithExtension();
  try {
    for (const kb of [1, 5]) put(`varsam ${kb} KB`, await withPage(ext.browser, server, (p) => cleanPublish(p, kb * 1024)));
    put('varsam page load (DOMContentLoaded)', await loads(ext.browser, server));
    await withPage(ext.browser, server, async (page) => {
      await page.evaluate(() => (window as unknown as { __fill: (n: number, r: boolean) => void }).__fill(5 * 1024, true));
      await new Promise((r) => setTimeout(r, 300));
      const inDom: number[] = [];
      const painted: number[] = [];
      for (let i = 0; i < DIALOG_RUNS + 3; i++) {
        const r = await page.evaluate(() => (window as unknown as { __toDialog: () => Promise<{ inDom: number; painted: number; open: boolean }> }).__toDialog());
        if (!r.open) throw new Error('the dialog did not open');
        if (i >= 3) { inDom.push(r.inDom); painted.push(r.painted); }
        await page.keyboard.press('Escape'); // Cancel
        await page.waitForFunction(() => !document.querySelector('varsam-dialog'));
      }
      put('click to dialog (in DOM), 5 KB', inDom);
      const cold: number[] = [];
      for (let i = 0; i < 10; i++) {
        await page.reload();
        cold.push(await page.evaluate(() => (window as unknown as { __coldToDialog: (n: number) => Promise<number> }).__coldToDialog(5 * 1024)));
        await page.keyboard.press('Escape');
      }
      put('first action on a fresh page, to dialog', cold);
      put('click to dialog (painted), 5 KB', painted);
    });
  } finally { await ext.close(); await server.close(); }

  const added1 = results['varsam 1 KB']!.median - results['baseline 1 KB']!.median;
  const added5 = results['varsam 5 KB']!.median - results['baseline 5 KB']!.median;
  const lines = [
    `Varsam guard benchmark — ${cpus().length} CPU(s) ${cpus()[0]?.model ?? ''}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`,
    `${RUNS} runs per clean case, ${DIALOG_RUNS} dialog openings; times in ms (median / p95)`,
    ...Object.entries(results).map(([k, v]) => `  ${k.padEnd(34)} ${v.median.toFixed(2).padStart(7)} / ${v.p95.toFixed(2).padStart(7)}`),
    `added delay on a clean publish: ${added1.toFixed(2)} ms (1 KB), ${added5.toFixed(2)} ms (5 KB) — target < 16 ms`,
    `page load with the content script: +${(results['varsam page load (DOMContentLoaded)']!.median - results['baseline page load (DOMContentLoaded)']!.median).toFixed(2)} ms to DOMContentLoaded (local page)`,
    `click to dialog with 5 KB: ${results['click to dialog (in DOM), 5 KB']!.median.toFixed(2)} ms in the document, ${results['click to dialog (painted), 5 KB']!.median.toFixed(2)} ms painted — target < 50 ms`,
    `  (a publish before any other activity on a fresh page also loads the detectors: ${results['first action on a fresh page, to dialog']!.median.toFixed(2)} ms to the dialog)`,
    ...sizes(),
  ];
  console.log(lines.join('\n'));
  const out = resolve(import.meta.dirname, 'out');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'guard.json'), JSON.stringify({ results, addedDelayMs: { '1KB': added1, '5KB': added5 } }, null, 2));
});

/** What every page loads (content.js) and what the first activity adds (scanner.js), test build. */
function sizes(): string[] {
  return ['content-scripts/content.js', 'scanner.js'].map((f) => {
    const bytes = readFileSync(join(EXTENSION_DIR, f));
    return `size of ${f}: ${(bytes.length / 1024).toFixed(0)} kB (${(gzipSync(bytes).length / 1024).toFixed(0)} kB gzipped)`;
  });
}
