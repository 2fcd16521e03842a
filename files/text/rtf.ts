/**
 * Text of an RTF document. Skips destinations that hold no visible text (font and colour tables,
 * pictures, `{\*\...}`), turns `\par`/`\line` into new lines and decodes `\'hh` (code page
 * 1252 unless `\ansicpg` says otherwise) and `\uN` escapes.
 */
export function rtfText(rtf: string): string {
  const cp = /\\ansicpg(\d+)/.exec(rtf)?.[1];
  let decoder: TextDecoder;
  try { decoder = new TextDecoder(cp ? `windows-${cp}` : 'windows-1252'); } catch { decoder = new TextDecoder('windows-1252'); }
  const SKIP = new Set(['fonttbl', 'colortbl', 'stylesheet', 'info', 'pict', 'object', 'header', 'footer', 'xmlnstbl', 'listtable', 'listoverridetable', 'rsidtbl', 'generator', 'themedata', 'colorschememapping', 'latentstyles', 'datastore']);
  const out: string[] = [];
  const stack: { skip: boolean; uc: number }[] = [];
  let skip = false;
  let uc = 1;
  let pendingSkipChars = 0;
  let bytes: number[] = [];
  const flush = () => { if (bytes.length) { if (!skip) out.push(decoder.decode(new Uint8Array(bytes))); bytes = []; } };
  const re = /\\([a-z]+)(-?\d+)? ?|\\'([0-9a-f]{2})|\\([^a-z])|([{}])|([^\\{}\r\n]+)|[\r\n]+/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(rtf))) {
    if (m[3] !== undefined) {
      if (pendingSkipChars > 0) { pendingSkipChars--; continue; }
      bytes.push(parseInt(m[3], 16));
      continue;
    }
    flush();
    if (m[1] !== undefined) {
      const word = m[1];
      const arg = m[2] !== undefined ? Number(m[2]) : undefined;
      if (SKIP.has(word)) skip = true;
      else if (skip) continue;
      else if (word === 'par' || word === 'line' || word === 'row' || word === 'sect' || word === 'page') out.push('\n');
      else if (word === 'tab' || word === 'cell') out.push('\t');
      else if (word === 'uc' && arg !== undefined) uc = arg;
      else if (word === 'u' && arg !== undefined) { out.push(String.fromCharCode(arg < 0 ? arg + 65536 : arg)); pendingSkipChars = uc; }
      continue;
    }
    if (m[4] !== undefined) {
      if (m[4] === '*') skip = true;
      else if (!skip && (m[4] === '\\' || m[4] === '{' || m[4] === '}')) out.push(m[4]);
      else if (!skip && m[4] === '~') out.push('\u00a0');
      continue;
    }
    if (m[5] === '{') { stack.push({ skip, uc }); continue; }
    if (m[5] === '}') { const s = stack.pop(); if (s) { skip = s.skip; uc = s.uc; } continue; }
    if (m[6] !== undefined) {
      let text = m[6];
      if (pendingSkipChars > 0) { const n = Math.min(pendingSkipChars, text.length); text = text.slice(n); pendingSkipChars -= n; }
      if (!skip) out.push(text);
    }
  }
  flush();
  return out.join('').replace(/[ \t]+\n/g, '\n').trim();
}
