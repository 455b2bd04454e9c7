import { readPdfPages } from './pdf-pages';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';

/** The text layer, a line per line of the page, pages separated by a blank line. */
export async function pdfText(buffer: Buffer, maxPages: number): Promise<string> {
  let pages;
  try {
    pages = await readPdfPages(buffer, maxPages);
  } catch (error) {
    if (error instanceof PlanImportException) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlanImportException(PlanImportErrorCode.CorruptFile, `Cannot read the PDF file: ${reason}`);
  }
  const text = pages
    .map(({ items }) => items.map((item) => item.text + (item.endOfLine ? '\n' : '')).join(''))
    .join('\n\n');
  if (text.trim() === '') {
    throw new PlanImportException(PlanImportErrorCode.NoTextLayer, 'The PDF has no text layer; OCR is not supported');
  }
  return text;
}
