/**
 * Progress from the offscreen document goes through the service worker to the tab: a 2,000-page
 * PDF must not send 2,000 messages. This passes on the first report of each stage, the last one
 * (done = total) and at most one every `everyMs` in between.
 */
import type { ProgressUnit } from '../text/progress';

export type Stage = 'text' | 'faces' | 'ocr' | 'fix';
export type ProgressSink = (done: number, total: number, stage: Stage, unit?: ProgressUnit) => void;

export const PROGRESS_EVERY_MS = 100;

export function throttleProgress(send: ProgressSink, everyMs = PROGRESS_EVERY_MS, now: () => number = Date.now): ProgressSink {
  let last = -Infinity;
  let lastStage: Stage | undefined;
  return (done, total, stage, unit) => {
    const t = now();
    if (stage === lastStage && done < total && t - last < everyMs) return;
    last = t;
    lastStage = stage;
    send(done, total, stage, unit);
  };
}
