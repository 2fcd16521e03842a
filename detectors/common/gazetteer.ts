import { FIRST_NAMES, LAST_NAMES } from '../data/names';

/** Decodes a front-coded name list (see scripts/build-names.mjs). */
export function decodeNames(coded: string): Set<string> {
  const out = new Set<string>();
  let prev = '';
  let i = 0;
  while (i < coded.length) {
    const p = coded.charCodeAt(i) - 65;
    let j = i + 1;
    while (j < coded.length) {
      const c = coded.charCodeAt(j);
      if (c >= 65 && c <= 90) break;
      j++;
    }
    prev = prev.slice(0, p) + coded.slice(i + 1, j);
    out.add(prev);
    i = j;
  }
  return out;
}

let first: Set<string> | undefined;
let last: Set<string> | undefined;

/** Lower-case first names; decoded on first use, so pages that never scan pay nothing. */
export const firstNames = (): Set<string> => (first ??= decodeNames(FIRST_NAMES));
/** Lower-case surnames. */
export const lastNames = (): Set<string> => (last ??= decodeNames(LAST_NAMES));
