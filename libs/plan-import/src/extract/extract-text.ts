import { docText } from './doc-text';
import { detectFormat } from './document-format';
import { checkDocxArchive } from './docx-archive';
import { readDocxText } from './docx-text';
import { DEFAULT_EXTRACTION_LIMITS, type ExtractionLimits } from './extraction-limits';
import { pdfText } from './pdf-text';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';

function decodeText(buffer: Buffer): string {
  if (buffer.includes(0)) {
    throw new PlanImportException(PlanImportErrorCode.BinaryContent, 'The file holds binary data, not text');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer).replace(/^\uFEFF/, '');
  } catch {
    throw new PlanImportException(PlanImportErrorCode.BinaryContent, 'The file is not valid UTF-8 text');
  }
}

function docxText(buffer: Buffer, limits: ExtractionLimits): string {
  checkDocxArchive(buffer, limits);
  try {
    return readDocxText(buffer, limits);
  } catch (error) {
    if (error instanceof PlanImportException) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlanImportException(PlanImportErrorCode.CorruptFile, `Cannot read the .docx file: ${reason}`);
  }
}

/**
 * The text of an uploaded plan (.txt, .md, .docx, or a PDF with a text layer), NFC-normalised; a .docx reads as a
 * reader sees it (numbering drawn, tables as Markdown tables: see readDocxText). It runs on the calling thread: the
 * API calls it through an ExtractionPool, whose worker threads bound its time and memory.
 */
export async function extractText(
  buffer: Buffer,
  nameOrMime: string,
  limits: ExtractionLimits = DEFAULT_EXTRACTION_LIMITS,
): Promise<string> {
  if (buffer.length === 0) throw new PlanImportException(PlanImportErrorCode.EmptyFile, 'The file is empty');
  const format = detectFormat(buffer, nameOrMime);
  if (format === null) {
    throw new PlanImportException(PlanImportErrorCode.UnsupportedFormat, `Unsupported file type: ${nameOrMime}`);
  }
  const text =
    format === 'pdf'
      ? await pdfText(buffer, limits.maxPdfPages)
      : format === 'docx'
        ? docxText(buffer, limits)
        : format === 'doc'
          ? await docText(buffer, limits)
          : decodeText(buffer);
  if (text.trim() === '') throw new PlanImportException(PlanImportErrorCode.EmptyFile, 'The file has no text');
  return text.normalize('NFC');
}
