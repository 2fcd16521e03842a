import { decodeEntities } from './xml';

/** Visible text of an HTML body: scripts and styles dropped, block ends as new lines, tags removed. */
export const htmlText = (html: string): string =>
  decodeEntities(
    html.replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, '')
      .replace(/<br\s*\/?>|<\/(p|div|tr|li|h[1-6])>/gi, '\n')
      .replace(/<[^>]+>/g, ' '),
  ).replace(/[ \t]+\n/g, '\n');
