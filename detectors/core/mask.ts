/**
 * Masks a found value for display: every letter and digit becomes `•`, except at most the
 * last two digits of a value that is mostly digits (an ID or phone number), so a user can
 * recognise which number it was without the number being shown. Separators are kept.
 */
export function maskValue(value: string): string {
  const digits = value.replace(/\D/g, '').length;
  const keep = digits >= 6 ? 2 : 0;
  let kept = 0;
  const chars = [...value];
  for (let i = chars.length - 1; i >= 0; i--) {
    const c = chars[i]!;
    if (/[\p{L}\p{N}]/u.test(c)) {
      if (kept < keep && /\d/.test(c)) { kept++; continue; }
      chars[i] = '•';
    }
  }
  return chars.join('');
}
