import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { main, registerReader, readers } from '../../../cli/varsam';

const FNR = '15108695088';
const dir = mkdtempSync(join(tmpdir(), 'varsam-cli-'));
const file = (name: string, text: string) => { const p = join(dir, name); writeFileSync(p, text); return p; };

async function run(argv: string[], stdin?: string) {
  let out = '';
  let err = '';
  if (stdin !== undefined) vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from([Buffer.from(stdin)]) as unknown as typeof process.stdin);
  const code = await main(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

afterEach(() => { vi.restoreAllMocks(); });

describe('varsam scan', () => {
  it('prints a table with kind, masked value, line:column and score, and exits 1 when something is found', async () => {
    const p = file('letter.txt', `Hei!\nEleven har fnr ${FNR}.\n`);
    const { code, out } = await run(['scan', p]);
    expect(code).toBe(1);
    expect(out).toMatch(/id\.no\s+•••••••••88\s+2:16\s+0\.99/);
    expect(out).not.toContain(FNR.slice(0, 6));
  });

  it('exits 0 on clean files', async () => {
    const { code, out } = await run(['scan', file('clean.txt', 'Husk gymtøy og matpakke på fredag.')]);
    expect(code).toBe(0);
    expect(out).toContain('nothing found');
  });

  it('exits 2 for an unreadable file with a clear message, and still scans the others', async () => {
    const { code, out, err } = await run(['scan', join(dir, 'missing.txt'), file('b.txt', `fnr ${FNR}`)]);
    expect(code).toBe(2);
    expect(err).toMatch(/cannot read .*missing\.txt: no such file/);
    expect(out).toContain('b.txt: 1 finding');
  });

  it('--json gives one JSON document per file with masked values and offsets', async () => {
    const text = `fnr ${FNR}`;
    const { out } = await run(['scan', '--json', file('c.txt', text), file('d.txt', 'ingenting')]);
    const docs = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(docs).toHaveLength(2);
    expect(docs[0].findings[0]).toMatchObject({ kind: 'id.no', masked: '•••••••••88', start: 4, end: 15, line: 1, column: 5 });
    expect(docs[1].findings).toEqual([]);
    expect(out).not.toContain(FNR);
  });

  it('reads standard input with -', async () => {
    const { code, out } = await run(['scan', '-'], `Ring meg på 412 34 567`);
    expect(code).toBe(1);
    expect(out).toContain('(stdin): 1 finding');
    expect(out).toMatch(/phone/);
  });

  it('--jsonl streams one result line per input line, in order, with ids', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: `fnr ${FNR}` }),
      JSON.stringify({ id: 7, text: 'Husk gymtøy' }),
      'not json',
      JSON.stringify({ id: 'z', text: 'kari.nordmann@example.no' }),
    ].join('\n');
    const { code, out, err } = await run(['scan', '--jsonl'], input);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 7, null, 'z']);
    expect(lines[0].findings).toEqual([{ kind: 'id.no', start: 4, end: 15, score: 0.99 }]);
    expect(lines[1].findings).toEqual([]);
    expect(lines[2].error).toBeTruthy();
    expect(lines[3].findings[0].kind).toBe('email');
    expect(err).toContain('line 3');
    expect(code).toBe(2);
  });

  it('lets a file-type reader plug in by extension', async () => {
    registerReader('.fake', async () => ({ text: `fnr ${FNR}` }));
    try {
      const { code } = await run(['scan', file('x.fake', 'binary stuff')]);
      expect(code).toBe(1);
    } finally { delete readers['.fake']; }
  });

  it('rejects unknown options and detectors with exit code 2', async () => {
    expect((await run(['scan', '--nope', 'x'])).code).toBe(2);
    expect((await run(['scan', '--disable', 'xx.none', 'x'])).code).toBe(2);
  });

  it('--disable switches a detector off', async () => {
    const p = file('e.txt', `fnr ${FNR}`);
    expect((await run(['scan', '--disable', 'no.fodselsnummer', p])).code).toBe(0);
  });
});
