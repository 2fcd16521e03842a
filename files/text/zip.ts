import { unzipSync, strFromU8 } from 'fflate';
import { FileReadError, type Budget } from '../types';

/** Uncompressed bytes allowed per document: a zip bomb is refused, not unpacked. */
export const MAX_UNZIPPED = 200 * 1024 * 1024;

/**
 * Reads the entries `want` accepts from a zip container as text. `budget` (an e-mail's total
 * for all its attachments) is lowered by what is unpacked, and refused when it runs out.
 */
export function unzipText(bytes: Uint8Array, want: (name: string) => boolean, budget?: Budget): Map<string, string> {
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (!want(f.name)) return false;
        total += f.originalSize;
        if (total > MAX_UNZIPPED) throw new FileReadError('too-large');
        if (budget && (budget.bytes -= f.originalSize) < 0) throw new FileReadError('too-large');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    // An encrypted OOXML file is not a zip at all (it is an OLE compound file), see sniffType.
    throw new FileReadError('corrupt', error instanceof Error ? error.message : String(error));
  }
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) out.set(name, strFromU8(data));
  return out;
}

/** Sorts `sheet10.xml` after `sheet2.xml`. */
export const byNumber = (a: string, b: string) =>
  Number(/(\d+)\.xml$/.exec(a)?.[1] ?? 0) - Number(/(\d+)\.xml$/.exec(b)?.[1] ?? 0) || a.localeCompare(b);
