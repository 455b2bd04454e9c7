import { PlanImportErrorCode, PlanImportException } from './plan-import.exception';
import { pdfJs } from './pdfjs';

/** A run of text where pdf.js placed it: `x`, `y` in PDF points from the page's bottom left. */
export interface PdfTextItem {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
  endOfLine: boolean;
}

export interface PdfPage {
  number: number;
  items: PdfTextItem[];
}

/**
 * Every page's text items, in one pass over the document. pdf.js runs without `eval`, font loading or fetching;
 * a document claiming more than `maxPages` is refused before any page is read.
 */
export async function readPdfPages(buffer: Buffer, maxPages: number): Promise<PdfPage[]> {
  const task = pdfJs().getDocument({
    data: new Uint8Array(buffer),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const document = await task.promise;
    if (document.numPages > maxPages) {
      throw new PlanImportException(
        PlanImportErrorCode.TooManyPages,
        `The PDF has ${document.numPages} pages; at most ${maxPages} are read`,
      );
    }
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const items = content.items.flatMap((item) =>
        'str' in item
          ? [
              {
                text: item.str,
                x: item.transform[4] as number,
                y: item.transform[5] as number,
                width: item.width,
                height: item.height,
                endOfLine: item.hasEOL,
              },
            ]
          : [],
      );
      pages.push({ number, items });
      page.cleanup();
    }
    return pages;
  } finally {
    await task.destroy();
  }
}
