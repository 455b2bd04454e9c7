import { isOleCompoundFile } from './doc-text';

export type DocumentFormat = 'text' | 'doc' | 'docx' | 'pdf';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  txt: 'text',
  md: 'text',
  markdown: 'text',
  doc: 'doc',
  docx: 'docx',
  pdf: 'pdf',
};
const BY_MIME: Record<string, DocumentFormat> = {
  'text/plain': 'text',
  'text/markdown': 'text',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/msword': 'doc',
  'application/pdf': 'pdf',
};

function sniff(buffer: Buffer): DocumentFormat | null {
  if (buffer.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (isOleCompoundFile(buffer)) return 'doc';
  return null;
}

/** The format from the file name or MIME type; a PDF or Word 97 signature wins over a wrong name. */
export function detectFormat(buffer: Buffer, nameOrMime: string): DocumentFormat | null {
  const key = nameOrMime.toLowerCase().split(';')[0].trim();
  const extension = /\.([a-z0-9]+)$/.exec(key)?.[1];
  return sniff(buffer) ?? BY_MIME[key] ?? (extension === undefined ? null : (BY_EXTENSION[extension] ?? null));
}
