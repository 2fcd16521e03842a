import type { ExtractedText, FileType } from './types';
import { FileReadError } from './types';
import { sniffType } from './sniff';
import { docxText, pptxText, xlsxText } from './text/ooxml';
import { odfText } from './text/odf';
import { decodeText } from './text/plain';
import { rtfText } from './text/rtf';
import { parseEml } from './text/eml';
import { parseMsg } from './text/msg';
import { newMailContext, readMail, type MailContext } from './mail/read';
import { pdfText, type PdfJs, type PdfOptions } from './text/pdf';
import type { PartHooks } from './text/progress';

export interface ExtractOptions extends PdfOptions, PartHooks {
  /** Loads pdf.js: the legacy build in Node, the browser build with a real worker in the extension. */
  loadPdfJs?: () => Promise<PdfJs>;
  /** Set when reading an e-mail's attachment: the depth and the limits shared by the whole e-mail. */
  mail?: MailContext;
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
    case 'docx': return { type, parts: await docxText(bytes, options.mail?.budget, options) };
    case 'xlsx': { const parts = await xlsxText(bytes, options.mail?.budget, options); return { type, parts, pages: parts.length }; }
    case 'pptx': { const parts = await pptxText(bytes, options.mail?.budget, options); return { type, parts, pages: parts.length }; }
    case 'odt': case 'ods': case 'odp': return { type, parts: await odfText(bytes, type, options.mail?.budget, options) };
    case 'csv': case 'txt': return { type, parts: [{ unit: 'body', label: 'text', text: decodeText(bytes).text }] };
    case 'rtf': return { type, parts: [{ unit: 'body', label: 'document', text: rtfText(decodeText(bytes).text) }] };
    case 'eml': case 'msg': {
      // Attachments are read by this same function, one level deeper, with the e-mail's shared limits.
      // Progress counts the attachments; inside one, reports only ask again whether to go on (cancel).
      const mail = type === 'eml' ? await parseEml(bytes) : parseMsg(bytes);
      return readMail(type, mail, options.mail ?? newMailContext(), (b, n, m, context, goOn) =>
        extractText(b, n, m, { ...options, mail: context, onPart: undefined, onPage: goOn, onProgress: goOn }), options.onProgress);
    }
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
