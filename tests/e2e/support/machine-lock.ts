import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/**
 * One Chromium-with-Varsam session at a time on this machine. Managed policy files in
 * /etc/chromium/policies/managed/ apply to every Chromium on the machine, so a test that writes
 * one must not leak into another test run (or another checkout's run) at the same time.
 */
const LOCK_DIR = '/tmp/varsam-e2e.lock';

const alive = (pid: number) => {
  try { process.kill(pid, 0); return true; } catch { return false; }
};

export async function acquireMachineLock(timeoutMs = 15 * 60_000): Promise<() => void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    try {
      mkdirSync(LOCK_DIR);
      writeFileSync(`${LOCK_DIR}/pid`, String(process.pid));
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(LOCK_DIR, { recursive: true, force: true });
      };
    } catch {
      let owner = NaN;
      try { owner = Number(readFileSync(`${LOCK_DIR}/pid`, 'utf8')); } catch { /* being created or removed */ }
      if (Number.isFinite(owner) && owner > 0 && !alive(owner)) rmSync(LOCK_DIR, { recursive: true, force: true });
      if (Date.now() > end) throw new Error(`Timed out waiting for ${LOCK_DIR} (held by pid ${owner})`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
