/**
 * Stands in for iconv-lite in the extension build (wxt.config.ts) and the bundled CLI
 * (`build:cli`): msgreader loads iconv-lite, which needs Node's Buffer through a require() that
 * neither a browser nor an ESM bundle has, but calls it only for an ANSI code page set in its
 * parser options, which Varsam never sets. TextDecoder covers the decode side all the same.
 */
export function decode(bytes: Uint8Array, encoding: string): string {
  try { return new TextDecoder(encoding).decode(bytes); } catch { return new TextDecoder('windows-1252').decode(bytes); }
}
export function encode(): never {
  throw new Error('iconv-lite encode is not available in the extension');
}
export default { decode, encode };
