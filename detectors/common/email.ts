import type { Finding } from '../core/finding';

/**
 * E-mail addresses. Found from each `@` by walking left over the local part and right over the
 * domain: linear, no regex backtracking. Role addresses (post@, info@, …) belong to an office,
 * not a person, and get a score below the default threshold.
 */
export const id = 'common.email';

const ROLE = /^(post|postmottak|postmottaket|info|kontakt|contact|noreply|no-reply|support|admin|kundeservice|service|sentralbord|ekspedisjon|kansli|kansliet|skole|skolen|barnehage|barnehagen|registrator|registratur|kommune|kommunen|servicetorget|servicecenter|mail|office|redaksjon|firmapost|epost|webmaster|hello|hei|hej|kontor|kontoret|expedition|exp|mottak|skolekontor|administrasjon|reception|resepsjon|okonomi|ekonomi|faktura|bestilling|booking|rektor|personal)$/i;

const isLocal = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ||
  c === 46 || c === 95 || c === 37 || c === 43 || c === 45 || (c >= 0xc0 && c <= 0x24f);
const isDomain = (c: number): boolean =>
  (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45 ||
  (c >= 0xc0 && c <= 0x24f);

export function detect(text: string): Finding[] {
  const out: Finding[] = [];
  let at = text.indexOf('@');
  let floor = 0;
  while (at >= 0) {
    let s = at;
    while (s > floor && isLocal(text.charCodeAt(s - 1))) s--;
    while (s < at && text.charCodeAt(s) === 46) s++;
    let e = at + 1;
    while (e < text.length && isDomain(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    const domain = text.slice(at + 1, e);
    const dot = domain.lastIndexOf('.');
    if (s < at && dot > 0 && /^[a-z]{2,24}$/i.test(domain.slice(dot + 1)) && !domain.includes('..')) {
      const local = text.slice(s, at);
      out.push({ kind: 'email', start: s, end: e, score: ROLE.test(local) ? 0.4 : 0.98, detector: id });
      floor = e;
    }
    at = text.indexOf('@', Math.max(at + 1, floor));
  }
  return out;
}
