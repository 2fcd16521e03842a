import type { Finding, FindingKind } from '../detectors';

/** What kind of file a byte sequence is, by its content first and its name second. */
export type FileType =
  | 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'odt' | 'ods' | 'odp'
  | 'csv' | 'txt' | 'rtf' | 'eml' | 'msg'
  | 'jpeg' | 'png' | 'webp' | 'gif' | 'heic' | 'tiff'
  | 'zip' | 'unknown';

/** A piece of a document whose text is scanned on its own: a page, a sheet, a slide, the body. */
export interface TextPart {
  /**
   * `page` (1-based number), `sheet` (name), `slide` (number), `part` (e.g. header, footnotes), `body`;
   * read by OCR: `image` (text in a photo or screenshot) and `scan` (a scanned PDF page, by number).
   */
  unit: 'page' | 'sheet' | 'slide' | 'part' | 'body' | 'image' | 'scan';
  label: string;
  text: string;
  /** Inside an e-mail: the attachment names leading to this part, outermost first (`['vedlegg.pdf']`). */
  within?: string[];
}

/** Why a file could not be read. The guard holds such files: policy decides confirm or block. */
export type ReadProblem = 'encrypted' | 'corrupt' | 'unsupported' | 'undecodable-image' | 'too-large' | 'too-deep' | 'timeout' | 'partly-read';

export class FileReadError extends Error {
  constructor(public readonly problem: ReadProblem, message?: string) {
    super(message ?? problem);
    this.name = 'FileReadError';
  }
}

export interface ExtractedText {
  type: FileType;
  parts: TextPart[];
  /** Total pages for PDFs (also when some had no text layer). */
  pages?: number;
  /** PDF pages with (almost) no text: scanned images, candidates for OCR. */
  pagesWithoutText?: number[];
  /** Files inside this one (an e-mail's attachments, at any depth) and what reading them gave. */
  embedded?: EmbeddedFile[];
}

/** A file inside another one: an attachment of an e-mail (or of an e-mail attached to it). */
export interface EmbeddedFile {
  /** Attachment names from the outermost in, ending with this file's own name. */
  within: string[];
  type: FileType;
  /** Set when the attachment could not be read; the whole outer file is then held. */
  problem?: ReadProblem;
  /** An attached photo's metadata (GPS, serial, owner: names of fields only). */
  photo?: PhotoMetadata;
  /** A PDF attachment's pages without a text layer (scanned): candidates for OCR. */
  pagesWithoutText?: number[];
  /**
   * The decoded bytes and MIME type of an attached picture or scanned PDF, kept while the e-mail
   * is inspected so the extension can look for faces and read text with OCR. Never sent or reported.
   */
  media?: { bytes: Uint8Array; mime: string };
}

/** How much an e-mail may unpack in all (attachments, and what is unzipped inside them). */
export interface Budget { bytes: number }

/** Metadata in a photo that says more than the picture: where, which camera, whose camera. */
export interface PhotoMetadata {
  gps?: { latitude: number; longitude: number };
  /** Names of the metadata fields found (never their values): `GPS`, `SerialNumber`, `OwnerName`, ... */
  fields: string[];
  orientation?: number;
  width?: number;
  height?: number;
}

/** Findings in one part, without the text: counts per kind and masked values for display. */
export interface PartFindings {
  unit: TextPart['unit'];
  label: string;
  /** Inside an e-mail: the attachment this part is in (names, outermost first). */
  within?: string[];
  findings: Finding[];
  /** Masked values in order of the findings (never the clear values). */
  masked: string[];
}

export interface FaceBox { x: number; y: number; width: number; height: number; score: number }

/** What inspection found in one file. Holds no clear personal data. */
export interface FileReport {
  name: string;
  size: number;
  type: FileType;
  /** Set when the file could not be read (and must be held). */
  problem?: ReadProblem;
  /** When the problem is in an attachment of an e-mail: its names, outermost first. */
  problemIn?: string[];
  pages?: number;
  /** PDF pages without a text layer (scanned); with OCR on, their text comes as `scan` parts. */
  pagesWithoutText?: number[];
  /** Scanned pages past the OCR limit, not read (problem `partly-read`). */
  pagesNotRead?: number[];
  parts: PartFindings[];
  kinds: Partial<Record<FindingKind, number>>;
  photo?: PhotoMetadata & { faces?: FaceBox[]; facesChecked?: boolean };
  /**
   * An e-mail's attachments that are photos worth a look: metadata (GPS, serial, owner) or,
   * once the extension has looked, faces. Faces here count like a photo's own (countFaces).
   */
  attachedPhotos?: Array<{ within: string[]; photo: PhotoMetadata & { faces?: FaceBox[]; facesChecked?: boolean } }>;
  /** Characters of text read, so "nothing found" can be told from "nothing readable". */
  chars: number;
}
