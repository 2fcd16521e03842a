import type { SiteAdapter } from './adapter';

/** Works on any site: publish controls are found by their accessible name. */
export const genericAdapter: SiteAdapter = { id: 'generic', replay: 'synthetic' };
