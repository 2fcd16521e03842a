import type { Budget, FileType, TextPart } from '../types';
import { FileReadError } from '../types';
import { decodeEntities, xmlText } from './xml';
import { unzipText } from './zip';

const OPTS = {
  texts: [] as string[],
  breaks: ['text:p', 'text:h', 'text:line-break', 'table:table-row', 'draw:page'],
  tabs: ['text:tab', 'table:table-cell'],
  spaces: ['text:s'],
};

/** ODT/ODS/ODP: content.xml (+ styles.xml for headers and footers). ODS gives one part per table. */
export function odfText(bytes: Uint8Array, type: FileType, budget?: Budget): TextPart[] {
  const files = unzipText(bytes, (n) => n === 'content.xml' || n === 'styles.xml' || n === 'META-INF/manifest.xml', budget);
  const content = files.get('content.xml');
  if (content === undefined) throw new FileReadError('corrupt', 'no content.xml');
  if (/<manifest:encryption-data/.test(files.get('META-INF/manifest.xml') ?? '')) throw new FileReadError('encrypted');
  // Only the body: the automatic styles hold no text.
  const body = content.replace(/^[\s\S]*?<office:body>/, '').replace(/<\/office:body>[\s\S]*$/, '');
  if (type === 'ods') {
    const parts: TextPart[] = [];
    for (const t of body.matchAll(/<table:table\b([^>]*)>([\s\S]*?)<\/table:table>/g)) {
      const name = decodeEntities(/\btable:name="([^"]*)"/.exec(t[1]!)?.[1] ?? `Sheet${parts.length + 1}`);
      parts.push({ unit: 'sheet', label: name, text: xmlText(t[2]!, OPTS).replace(/\t+\n/g, '\n') });
    }
    return parts;
  }
  const parts: TextPart[] = [{ unit: 'body', label: 'document', text: xmlText(body, OPTS) }];
  const styles = files.get('styles.xml');
  if (styles) {
    const master = styles.match(/<office:master-styles>[\s\S]*<\/office:master-styles>/)?.[0];
    const text = master ? xmlText(master, OPTS).trim() : '';
    if (text) parts.push({ unit: 'part', label: 'header/footer', text });
  }
  return parts;
}
