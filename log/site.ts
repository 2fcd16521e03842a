/**
 * Splits a page URL into the origin and the path the log may keep (no query, no fragment: they
 * can carry names or ID numbers). Its own module so the content script can use it without zod.
 */
export function siteOf(url: string): { origin: string; path: string } {
  const u = new URL(url);
  return { origin: u.origin, path: u.pathname || '/' };
}
