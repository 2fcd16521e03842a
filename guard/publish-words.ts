/**
 * Accessible names that mean "publish / send / share" in nb, nn, sv, da and en.
 * Matched against the whole normalised name of a control (case-insensitive), so "Del" (share)
 * matches but "Delete" does not.
 */
export const PUBLISH_NAMES: readonly string[] = [
  // nb / nn
  'publiser', 'publisér', 'del', 'send', 'legg ut', 'post',
  // sv
  'publicera', 'dela', 'skicka',
  // da
  'udgiv', 'offentliggør', 'del', 'send',
  // en
  'publish', 'post', 'send', 'share', 'tweet',
];

const NAMES = new Set(PUBLISH_NAMES.map((n) => n.toLocaleLowerCase('nb')));

/** Lower-cases, collapses white space and drops trailing punctuation/ellipsis. */
export function normaliseName(name: string): string {
  return name.replace(/\s+/g, ' ').trim().replace(/[.…!:]+$/u, '').toLocaleLowerCase('nb');
}

export const isPublishName = (name: string): boolean => NAMES.has(normaliseName(name));
