import type { Budget, FileType, TextPart } from '../types';
import { FileReadError } from '../types';
import { decodeEntities, xmlText } from './xml';
import { unzipText } from './zip';
import { readParts, type PartHooks } from './progress';

const OPTS = {
  texts: [] as string[],
  breaks: ['text:p', 'text:h', 'text:line-break', 'table:table-row', 'draw:page'],
  tabs: ['text:tab', 'table:table-cell'],
  spaces: ['text:s'],
};

/** ODT/ODS/ODP: content.xml (+ styles.xml for headers and footers). ODS gives one part per table. */
export async function odfText(bytes: Uint8Array, type: FileType, budget?: Budget, hooks: PartHooks = {}): Promise<TextPart[]> {
  const files = unzipText(bytes, (n) => n === 'content.xml' || n === 'styles.xml' || n === 'META-INF/manifest.xml', budget);
  const content = files.get('content.xml');
  if (content === undefined) throw new FileReadError('corrupt', 'no content.xml');
  if (/<manifest:encryption-data/.test(files.get('META-INF/manifest.xml') ?? '')) throw new FileReadError('encrypted');
  // Only the body: the automatic styles hold no text.
  const body = content.replace(/^[\s\S]*?<office:body>/, '').replace(/<\/office:body>[\s\S]*$/, '');
  if (type === 'ods') {
    const tables = [...body.matchAll(/<table:table\b([^>]*)>([\s\S]*?)<\/table:table>/g)];
    return readParts(tables, 'sheet', hooks, (t, i) => {
      const name = decodeEntities(/\btable:name="([^"]*)"/.exec(t[1]!)?.[1] ?? `Sheet${i + 1}`);
      return { unit: 'sheet', label: name, text: xmlText(t[2]!, OPTS).replace(/\t+\n/g, '\n') };
    });
  }
  const styles = files.get('styles.xml');
  return readParts(styles ? ['body', 'styles'] : ['body'], 'part', hooks, (which) => {
    if (which === 'body') return { unit: 'body', label: 'document', text: xmlText(body, OPTS) };
    const master = styles!.match(/<office:master-styles>[\s\S]*<\/office:master-styles>/)?.[0];
    const text = master ? xmlText(master, OPTS).trim() : '';
    return text ? { unit: 'part', label: 'header/footer', text } : undefined;
  });
}
