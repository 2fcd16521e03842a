/**
 * URL patterns for allow-lists and site rules, in Chrome's match-pattern style:
 * `<scheme>://<host><path>` where scheme is `http`, `https` or `*`, host is `*`, `*.example.no`
 * or a plain host (a port is allowed), and `*` in the path matches anything. Query strings and
 * fragments are ignored when matching. Pure.
 */
const PATTERN = /^(\*|https?):\/\/(\*|(?:\*\.)?[a-z0-9.-]+(?::\d{1,5})?)(\/.*)$/i;

export function isValidUrlPattern(pattern: string): boolean {
  return PATTERN.test(pattern);
}

const escape = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');

/** The pattern as a regular expression over the whole URL (query and fragment allowed after the path). */
export function urlPatternToRegExp(pattern: string): RegExp | undefined {
  const m = PATTERN.exec(pattern);
  if (!m) return undefined;
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const schemeRe = scheme === '*' ? 'https?' : escape(scheme.toLowerCase());
  let hostRe: string;
  if (host === '*') hostRe = '[^/]+';
  else if (host.startsWith('*.')) hostRe = `(?:[^/]+\\.)?${escape(host.slice(2).toLowerCase())}`;
  else hostRe = escape(host.toLowerCase());
  if (!/:\d+$/.test(host)) hostRe += '(?::\\d+)?';
  const pathRe = path.split('*').map(escape).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}${pathRe}(?:[?#].*)?$`, 'i');
}

export function matchesUrlPattern(pattern: string, url: string): boolean {
  const m = PATTERN.exec(pattern);
  if (!m) return false;
  let u: URL;
  try { u = new URL(url); } catch { return false; }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = u.protocol.slice(0, -1);
  if (protocol !== 'http' && protocol !== 'https') return false;
  if (scheme !== '*' && scheme.toLowerCase() !== protocol) return false;
  if (host !== '*') {
    const want = host.toLowerCase();
    const hasPort = /:\d+$/.test(want);
    const have = hasPort ? u.host : u.hostname;
    if (want.startsWith('*.')) {
      const base = want.slice(2);
      if (have !== base && !have.endsWith(`.${base}`)) return false;
    } else if (have !== want) return false;
  }
  const re = new RegExp(`^${path.split('*').map(escape).join('.*')}$`);
  return re.test(u.pathname);
}
