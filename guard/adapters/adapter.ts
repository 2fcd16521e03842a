/**
 * A site adapter says where things are on a site; the guard does the intercepting.
 * The generic adapter works everywhere; site adapters (guard issue) narrow it down.
 */
export interface SiteAdapter {
  id: string;
  /** How an approved action is performed again: a synthetic event, or by letting the user's next activation through. */
  replay: 'synthetic' | 'next-activation';
}
