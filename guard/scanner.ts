/**
 * The detectors (name lists, phone metadata …) are most of Varsam's code. The content script
 * runs at document_start in every page and frame, so it does not carry them: they are built
 * into a separate module (`scanner.js`, see wxt.config.ts) that is imported into the same
 * isolated world when the user starts doing something that could publish — focusing a field,
 * pressing a pointer or key, dragging or pasting. Until then a publish action waits for it.
 */
import { browser } from 'wxt/browser';
import type { Finding } from '../detectors/core/finding';
import type { ScanOptions } from '../detectors';

export type ScanFn = (text: string, options?: ScanOptions) => Finding[];

let scanFn: ScanFn | undefined;
let loading: Promise<ScanFn> | undefined;

export const scannerReady = (): boolean => scanFn !== undefined;

/** Scans with the loaded detectors. Callers check `scannerReady()` (or await `loadScanner()`) first. */
export function scan(text: string, options?: ScanOptions): Finding[] {
  if (!scanFn) throw new Error('Varsam scanner is not loaded yet');
  return scanFn(text, options);
}

export function loadScanner(): Promise<ScanFn> {
  if (scanFn) return Promise.resolve(scanFn);
  loading ??= (import(/* @vite-ignore */ browser.runtime.getURL('/scanner.js' as '/popup.html')) as Promise<{ scan: ScanFn }>)
    .then((m) => (scanFn = m.scan))
    .catch((error: unknown) => { loading = undefined; throw error; });
  return loading;
}

/** Uses `fn` as the scanner (unit tests, Node). */
export function useScanner(fn: ScanFn): void { scanFn = fn; }

/** Starts loading the scanner at the first sign of user activity on the page. */
export function preloadOnActivity(target: Window = window): void {
  const types = ['focusin', 'pointerdown', 'keydown', 'dragenter', 'paste'] as const;
  const start = () => {
    for (const t of types) target.removeEventListener(t, start, true);
    void loadScanner().catch(() => undefined);
  };
  for (const t of types) target.addEventListener(t, start, { capture: true, passive: true });
}

/** Light (no detectors): the content script may import it directly. */
export { countByKind } from '../detectors/core/count';
