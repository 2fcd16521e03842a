import type { ExtractedText, FileType } from './types';
import { FileReadError } from './types';
import { sniffType } from './sniff';
import { docxText, pptxText, xlsxText } from './text/ooxml';
import { odfText } from './text/odf';
import { decodeText } from './text/plain';
import { rtfText } from './text/rtf';
import { emlText } from './text/eml';
import { pdfText, type PdfJs, type PdfOptions } from './text/pdf';

export interface ExtractOptions extends PdfOptions {
  /** Loads pdf.js: the legacy build in Node, the browser build with a real worker in the extension. */
  loadPdfJs?: () => Promise<PdfJs>;
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * The text in a document, split into pages/sheets/slides. Images and unknown types give no parts.
 * Throws FileReadError for encrypted, corrupt and unsupported documents.
 */
export async function extractText(bytes: Uint8Array, name = '', mime = '', options: ExtractOptions = {}): Promise<ExtractedText> {
  const type: FileType = sniffType(bytes, name, mime);
  switch (type) {
    case 'pdf': {
      if (!options.loadPdfJs) throw new FileReadError('unsupported', 'no PDF reader here');
      const { parts, pages, pagesWithoutText } = await pdfText(await options.loadPdfJs(), bytes, options);
      return { type, parts, pages, pagesWithoutText };
    }
    case 'docx': return { type, parts: docxText(bytes) };
    case 'xlsx': { const parts = xlsxText(bytes); return { type, parts, pages: parts.length }; }
    case 'pptx': { const parts = pptxText(bytes); return { type, parts, pages: parts.length }; }
    case 'odt': case 'ods': case 'odp': return { type, parts: odfText(bytes, type) };
    case 'csv': case 'txt': return { type, parts: [{ unit: 'body', label: 'text', text: decodeText(bytes).text }] };
    case 'rtf': return { type, parts: [{ unit: 'body', label: 'document', text: rtfText(decodeText(bytes).text) }] };
    case 'eml': return { type, parts: emlText(decodeText(bytes).text) };
    case 'unknown': {
      // Password-protected Office files are OLE compound files holding an EncryptedPackage.
      if (OLE.every((v, i) => bytes[i] === v)) {
        const probe = new TextDecoder('utf-16le').decode(bytes.subarray(0, Math.min(bytes.length, 64 * 1024)));
        if (probe.includes('EncryptedPackage') || /\.(docx|xlsx|pptx)$/i.test(name)) throw new FileReadError('encrypted');
        throw new FileReadError('unsupported', 'legacy Office format');
      }
      return { type, parts: [] };
    }
    default:
      return { type, parts: [] };
  }
}
