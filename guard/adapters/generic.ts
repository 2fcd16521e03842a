import type { SiteAdapter } from './adapter';

/** Works on any site: publish controls are found by their accessible name, text from the nearest form or composer. */
export const genericAdapter: SiteAdapter = { id: 'generic', name: 'Generic', kind: 'generic', replay: 'synthetic' };
