import mammoth from 'mammoth';
import pdfParse from 'pdf-parse/lib/pdf-parse.js';
import { detectFormat } from './document-format';
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

async function docxText(buffer: Buffer): Promise<string> {
  try {
    return (await mammoth.extractRawText({ buffer })).value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlanImportException(PlanImportErrorCode.CorruptFile, `Cannot read the .docx file: ${reason}`);
  }
}

async function pdfText(buffer: Buffer): Promise<string> {
  let text: string;
  try {
    // A Uint8Array of this realm: pdf.js 1.10 tests `instanceof Uint8Array`, which a Buffer from another realm
    // (jest's per-file contexts) fails, and then misreads the bytes ("bad XRef entry").
    text = (await pdfParse(new Uint8Array(buffer) as Buffer)).text;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlanImportException(PlanImportErrorCode.CorruptFile, `Cannot read the PDF file: ${reason}`);
  }
  if (text.trim() === '') {
    throw new PlanImportException(PlanImportErrorCode.NoTextLayer, 'The PDF has no text layer; OCR is not supported');
  }
  return text;
}

/** The text of an uploaded plan (.txt, .md, .docx, or a PDF with a text layer), NFC-normalised. */
export async function extractText(buffer: Buffer, nameOrMime: string): Promise<string> {
  if (buffer.length === 0) throw new PlanImportException(PlanImportErrorCode.EmptyFile, 'The file is empty');
  const format = detectFormat(buffer, nameOrMime);
  if (format === null) {
    throw new PlanImportException(PlanImportErrorCode.UnsupportedFormat, `Unsupported file type: ${nameOrMime}`);
  }
  const text =
    format === 'pdf' ? await pdfText(buffer) : format === 'docx' ? await docxText(buffer) : decodeText(buffer);
  if (text.trim() === '') throw new PlanImportException(PlanImportErrorCode.EmptyFile, 'The file has no text');
  return text.normalize('NFC');
}
