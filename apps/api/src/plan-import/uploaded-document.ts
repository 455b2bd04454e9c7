import { PlanImportErrorCode } from '@dondoc/plan-import';
import { importProblem } from './plan-import.problems';

/** The part of multer's file that the import reads (memory storage). */
export interface UploadedDocument {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

type Format = 'text' | 'doc' | 'docx' | 'pdf';

const BY_EXTENSION: Record<string, { format: Format; mediaType: string }> = {
  txt: { format: 'text', mediaType: 'text/plain' },
  md: { format: 'text', mediaType: 'text/markdown' },
  doc: { format: 'doc', mediaType: 'application/msword' },
  docx: { format: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  pdf: { format: 'pdf', mediaType: 'application/pdf' },
};

/** File signatures: what the bytes are, whatever the name says. */
const SIGNATURES: ReadonlyArray<[string, Buffer]> = [
  ['pdf', Buffer.from('%PDF-', 'latin1')],
  ['zip', Buffer.from([0x50, 0x4b, 0x03, 0x04])],
  ['png', Buffer.from([0x89, 0x50, 0x4e, 0x47])],
  ['jpeg', Buffer.from([0xff, 0xd8, 0xff])],
  ['gif', Buffer.from('GIF8', 'latin1')],
  ['ole (legacy .doc/.xls)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0])],
];

const EXPECTED_SIGNATURE: Record<Format, string | null> = {
  pdf: 'pdf',
  doc: 'ole (legacy .doc/.xls)',
  docx: 'zip',
  text: null,
};

function signatureOf(buffer: Buffer): string | null {
  return SIGNATURES.find(([, magic]) => buffer.subarray(0, magic.length).equals(magic))?.[0] ?? null;
}

/**
 * Accepts .txt, .md, .docx, .doc and .pdf by name and by content: a PNG named .pdf is refused (415), like an unknown
 * extension. An empty file is 422. Text that turns out to be binary is left to extractText (422).
 */
export function checkUpload(file: UploadedDocument): { mediaType: string } {
  const extension = /\.([a-z0-9]+)$/i.exec(file.originalname)?.[1]?.toLowerCase() ?? '';
  const type = BY_EXTENSION[extension];
  if (type === undefined) {
    throw importProblem(
      PlanImportErrorCode.UnsupportedFormat,
      `Unsupported file type: .txt, .md, .docx, .doc or .pdf expected, got "${file.originalname}"`,
    );
  }
  if (file.size === 0) throw importProblem(PlanImportErrorCode.EmptyFile, 'The file is empty');
  const signature = signatureOf(file.buffer);
  if (signature !== EXPECTED_SIGNATURE[type.format]) {
    const found = signature === null ? 'not a recognised document' : `a ${signature} file`;
    throw importProblem(
      PlanImportErrorCode.UnsupportedFormat,
      `"${file.originalname}" is ${found}, not a .${extension} file`,
    );
  }
  return { mediaType: type.mediaType };
}
