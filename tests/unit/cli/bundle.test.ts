/**
 * The shipped command line is the esbuild bundle (dist/cli/varsam.mjs), not the TypeScript the
 * other CLI tests import: build it into a temporary folder and run it as an archivist would.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPdf, faceSample, withGpsExif } from '../../support/build-files';

const FNR = '15108695088';
const root = resolve(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'varsam-cli-bundle-'));
// Inside the repo like dist/cli/varsam.mjs, so it finds node_modules as `npx varsam` does.
const cli = join(root, 'dist/cli-test', `varsam-${process.pid}.mjs`);
const put = (name: string, bytes: string | Uint8Array) => { const p = join(dir, name); writeFileSync(p, bytes); return p; };
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', cwd: dir });

beforeAll(() => { execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs'), cli], { cwd: root }); }, 60_000);
afterAll(() => { rmSync(cli, { force: true }); });

describe('the bundled varsam command', () => {
  it('scans a clean text file quietly: exit 0, nothing on stderr', () => {
    const r = run('scan', put('clean.txt', 'Husk gymtøy på fredag.'));
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('nothing found');
    expect(r.stderr).toBe('');
  });

  it('finds an ID number on page 2 of a PDF and a photo\'s position, masked, exit 1, nothing on stderr', () => {
    const pdf = put('brev.pdf', buildPdf(['Brev til foresatte', `Elev: fnr ${FNR}`]));
    const photo = put('tur.jpg', withGpsExif(faceSample(2)));
    const r = run('scan', pdf, photo);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/page 2/i);
    expect(r.stdout).toContain('•••••••••88');
    expect(r.stdout).not.toContain(FNR);
    expect(r.stdout).toMatch(/GPS/);
    expect(r.stderr).toBe('');
  });
});
