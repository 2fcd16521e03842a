/**
 * `npm run bench:detectors`: throughput of scan() on generated Nordic text (1 MB and 10 MB), and of
 * redact-pii and @redactpii/node on the same text, as ratios. MB = 10^6 bytes of UTF-8.
 */
import { cpus, loadavg } from 'node:os';
import { SyncRedactor } from 'redact-pii';
import { Redactor } from '@redactpii/node';
import { scan } from '../detectors';
import { generate } from './generate';

const MB = 1e6;

/** Median and best of `runs` timings, in ms. The machine may be shared: the best run shows the code, the median the load. */
function timing(fn: () => unknown, runs: number): { median: number; best: number } {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, best: times[0]! };
}

const one = generate(1 * MB, 1);
const ten = generate(10 * MB, 1); // same seed: the 1 MB text is the start of the 10 MB one
const mb = (s: string) => Buffer.byteLength(s) / MB;
console.log(`Varsam detector benchmark — ${cpus().length} CPU(s) ${cpus()[0]?.model ?? ''}, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`text: ${mb(one).toFixed(2)} MB and ${mb(ten).toFixed(2)} MB of generated school letters, e-mails, posts and invoices (nb/nn/sv/da)`);

// Warm up the JIT and the gazetteer.
for (let i = 0; i < 3; i++) scan(one);
const found = scan(one).length;
const t1 = timing(() => scan(one), 9);
const t10 = timing(() => scan(ten), 3);
const rate = (mbs: number, ms: number) => mbs / (ms / 1000);
const scanRate = rate(mb(one), t1.median);
console.log(`scan() 1 MB:  median ${t1.median.toFixed(1)} ms → ${scanRate.toFixed(1)} MB/s; best ${t1.best.toFixed(1)} ms → ${rate(mb(one), t1.best).toFixed(1)} MB/s  (${found} findings)`);
console.log(`scan() 10 MB: median ${t10.median.toFixed(1)} ms → ${rate(mb(ten), t10.median).toFixed(1)} MB/s; best ${t10.best.toFixed(1)} ms → ${rate(mb(ten), t10.best).toFixed(1)} MB/s`);
// The machine is shared, so the load changes from second to second: compare 1 MB and 10 MB in
// interleaved pairs (ten 1 MB scans, then one 10 MB scan) and report the median ratio of the pairs.
const ratios: number[] = [];
for (let i = 0; i < 5; i++) {
  const a = timing(() => scan(one), 10);
  const b = timing(() => scan(ten), 1);
  ratios.push(b.median / a.median);
}
ratios.sort((x, y) => x - y);
console.log(`10 MB / 1 MB time ratio: ${ratios[2]!.toFixed(2)} (median of 5 interleaved pairs; all: ${ratios.map((r) => r.toFixed(2)).join(' ')}) — target ≤ 10 for ${(mb(ten) / mb(one)).toFixed(2)}× the text`);

const others: [string, () => unknown][] = [
  ['redact-pii (SyncRedactor)', () => new SyncRedactor().redact(one)],
  ['@redactpii/node (Redactor)', () => new Redactor().redact(one)],
];
for (const [label, fn] of others) {
  fn();
  const t = timing(fn, 5);
  const r = rate(mb(one), t.median);
  console.log(`${label} 1 MB: median ${t.median.toFixed(1)} ms → ${r.toFixed(1)} MB/s; scan() is ${(scanRate / r).toFixed(2)}× its speed`);
}
console.log(`target scan() ≥ 25 MB/s (median): ${scanRate >= 25 ? 'met' : 'NOT met'}; load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
