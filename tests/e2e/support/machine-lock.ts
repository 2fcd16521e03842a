import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';

/**
 * A machine-wide readers/writer lock around browser-with-Varsam sessions (Chromium and Firefox).
 * Managed policy files (/etc/chromium/policies/managed/, Firefox's distribution/policies.json)
 * apply to every browser of that kind on the machine, so a session that writes one (exclusive)
 * must not overlap any other session, in this run or another checkout's.
 * Sessions without a policy (shared) may run side by side.
 */
const WRITER = '/tmp/varsam-e2e.lock';
const READERS = '/tmp/varsam-e2e.readers';

const alive = (pid: number) => {
  try { process.kill(pid, 0); return true; } catch { return false; }
};
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function writerPid(): number | undefined {
  try { return Number(readFileSync(`${WRITER}/pid`, 'utf8')) || undefined; } catch { return undefined; }
}

/** Removes the writer lock if its owner died. */
function clearStaleWriter() {
  const pid = writerPid();
  if (pid !== undefined && !alive(pid)) rmSync(WRITER, { recursive: true, force: true });
}

function liveReaders(): string[] {
  let names: string[] = [];
  try { names = readdirSync(READERS); } catch { return []; }
  return names.filter((name) => {
    const pid = Number(name.split('-')[0]);
    if (alive(pid)) return true;
    rmSync(`${READERS}/${name}`, { force: true });
    return false;
  });
}

let counter = 0;

export async function acquireMachineLock(mode: 'shared' | 'exclusive' = 'exclusive', timeoutMs = 20 * 60_000): Promise<() => void> {
  const end = Date.now() + timeoutMs;
  const check = () => { if (Date.now() > end) throw new Error(`Timed out waiting for the e2e machine lock (${WRITER}, ${READERS})`); };
  mkdirSync(READERS, { recursive: true });

  if (mode === 'shared') {
    const me = `${READERS}/${process.pid}-${++counter}`;
    for (;;) {
      clearStaleWriter();
      if (!existsSync(WRITER)) {
        writeFileSync(me, '');
        if (!existsSync(WRITER)) return () => rmSync(me, { force: true });
        rmSync(me, { force: true }); // a writer came in between: let it go first
      }
      check();
      await sleep(200);
    }
  }

  for (;;) {
    clearStaleWriter();
    try {
      mkdirSync(WRITER);
      writeFileSync(`${WRITER}/pid`, String(process.pid));
      break;
    } catch {
      check();
      await sleep(200);
    }
  }
  try {
    while (liveReaders().length > 0) { check(); await sleep(200); }
  } catch (error) {
    rmSync(WRITER, { recursive: true, force: true });
    throw error;
  }
  let released = false;
  return () => {
    if (released) return;
    released = true;
    rmSync(WRITER, { recursive: true, force: true });
  };
}
