import { isTaskTableHeading } from '../tables/column-roles';
import { readPdfPages } from './pdf-pages';
import { pdfTextWithTables } from './pdf-tables';
import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';

/** The text layer, a line per line of the page, pages separated by a blank line, task tables as pipe tables. */
export async function pdfText(buffer: Buffer, maxPages: number): Promise<string> {
  let pages;
  try {
    pages = await readPdfPages(buffer, maxPages);
  } catch (error) {
    if (error instanceof PlanImportException) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    throw new PlanImportException(PlanImportErrorCode.CorruptFile, `Cannot read the PDF file: ${reason}`);
  }
  const text = pdfTextWithTables(pages, { isTableHeading: isTaskTableHeading });
  if (text.trim() === '') {
    throw new PlanImportException(
      PlanImportErrorCode.NoTextLayer,
      'The PDF has no text layer: it is a scan, to be read by OCR',
    );
  }
  return text;
}
