/**
 * Progress while a document is read, part by part (sheets, slides, document parts, an e-mail's
 * attachments), the way PDFs report pages. Between parts the reader lets other events in, so a
 * Cancel message reaches the checker and the next report returns false, which stops the reading.
 */
import type { TextPart } from '../types';

export type ProgressUnit = 'page' | 'sheet' | 'slide' | 'part' | 'attachment';

/** `done` of `total` parts read so far. Return false to stop (cancel). */
export type PartProgress = (done: number, total: number, unit: ProgressUnit) => boolean | void;

export interface PartHooks {
  /** Reports parts read; its false stops the reading (what was read so far is returned). */
  onProgress?: PartProgress;
  /** Each part as soon as its text is there (the inspection scans it at once, so progress covers the scan too). */
  onPart?: (part: TextPart) => void;
}

/**
 * Lets the event loop run (a Cancel message may be waiting) before the next part: a new task
 * through a MessageChannel, which, unlike nested setTimeout(0), is not clamped to 4 ms and, unlike
 * scheduler.yield(), does not run ahead of the messages that are waiting.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => {
  if (typeof MessageChannel !== 'function') { setTimeout(resolve, 0); return; }
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => { port1.close(); resolve(); };
  port2.postMessage(null);
});

/**
 * Reads `items` one by one into parts: after each part `hooks.onPart`, a progress report and a
 * pause for other events. Without hooks it is a plain loop (the CLI, unit tests). Stops early when
 * the progress callback returns false.
 */
export async function readParts<T>(items: T[], unit: ProgressUnit, hooks: PartHooks, read: (item: T, index: number) => TextPart | undefined): Promise<TextPart[]> {
  const parts: TextPart[] = [];
  const { onProgress, onPart } = hooks;
  if (onProgress) {
    if (onProgress(0, items.length, unit) === false) return parts;
    await nextTask();
  }
  for (let i = 0; i < items.length; i++) {
    const part = read(items[i]!, i);
    if (part) { parts.push(part); onPart?.(part); }
    if (!onProgress) continue;
    if (onProgress(i + 1, items.length, unit) === false) break;
    await nextTask();
  }
  return parts;
}
