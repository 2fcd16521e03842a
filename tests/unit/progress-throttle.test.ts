import { describe, expect, it } from 'vitest';
import { throttleProgress, type Stage } from '../../files/browser/progress-throttle';

describe('throttleProgress (offscreen → service worker → tab)', () => {
  it('passes the first report of each stage, the last one and at most one per interval', () => {
    let clock = 0;
    const sent: Array<[number, number, Stage]> = [];
    const progress = throttleProgress((d, t, s) => sent.push([d, t, s]), 100, () => clock);
    // 2,000 pages read at 1 ms each.
    for (let page = 1; page <= 2000; page++) { clock = page; progress(page, 2000, 'text'); }
    expect(sent[0]).toEqual([1, 2000, 'text']);
    expect(sent.at(-1)).toEqual([2000, 2000, 'text']);
    expect(sent.length).toBeGreaterThanOrEqual(20);
    expect(sent.length).toBeLessThanOrEqual(22);
    // A new stage is passed on at once, even within the interval.
    clock += 1;
    progress(0, 1, 'faces');
    expect(sent.at(-1)).toEqual([0, 1, 'faces']);
  });
});
