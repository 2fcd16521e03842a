import type { Finding } from '../core/finding';
import { validate } from './hetu';

const PATTERN = /(?<![\dA-Za-z])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![\dA-Za-z])/g;

export const id = 'fi.hetu';

export function detect(text: string): Finding[] {
  const out: Finding[] = [];
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const r = validate(m[0]);
    if (!r) continue;
    out.push({ kind: 'id.fi', start: m.index, end: m.index + m[0].length, score: 0.97, detector: id, variant: 'hetu' });
  }
  return out;
}
