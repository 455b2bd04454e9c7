import PDFDocument from 'pdfkit';
import { readColumns } from '../tables/column-roles';
import { type PipeTable } from '../tables/pipe-table';
import { markdownBlocks } from './markdown-blocks';

/** A ruled table as offices draw them: headings centred, cells top-aligned, the heading row repeated on each page. */
export interface PdfTable {
  headings: string[];
  rows: string[][];
  /** Column widths in points; they should add up to the text width (about 483 on A4 with 56-point margins). */
  widths: number[];
}

export type PdfBlock = { paragraph: string; bold?: boolean } | { table: PdfTable };

const FONT = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf');
const BOLD = require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf');
const MARGIN = 56;
const PADDING = 4;
const SIZE = 10;

/** A PDF with a real text layer (an embedded Unicode font, so pdf.js reads Vietnamese back), as a word processor prints it. */
export function textLayerPdf(blocks: readonly PdfBlock[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: MARGIN, compress: false, info: { Title: 'dondoc test' } });
  doc.registerFont('body', FONT).registerFont('bold', BOLD).font('body').fontSize(SIZE);
  for (const block of blocks) {
    if ('paragraph' in block)
      doc.font(block.bold ? 'bold' : 'body').text(block.paragraph, { align: 'left', paragraphGap: 4 });
    else drawTable(doc, block.table);
  }
  return finished(doc);
}

/** A text with Markdown pipe tables as a printed PDF: each line a paragraph, each table ruled. */
export function markdownAsPdf(markdown: string): Promise<Buffer> {
  const cells = (row: readonly string[]) => row.map((cell) => cell.replace(/\n/g, '; '));
  return textLayerPdf(
    markdownBlocks(markdown).map((block) =>
      'line' in block
        ? printed(block.line)
        : {
            table: {
              headings: cells(block.table.header),
              rows: block.table.rows.map(cells),
              widths: widthsFor(block.table),
            },
          },
    ),
  );
}

/** A Markdown line as a word processor prints it: headings and `**bold**` in bold, with no marker characters. */
function printed(line: string): PdfBlock {
  const heading = /^\s*#{1,6}\s+/.test(line);
  const text = line
    .replace(/^\s*#{1,6}\s+/, '')
    .replace(/\*\*/g, '')
    .trimEnd();
  return { paragraph: text, bold: heading || /^\s*\*\*.*\*\*\s*$/.test(line) };
}

/** A narrow number column, a wide content column, the rest shared: about how offices lay a task table out. */
function widthsFor(table: PipeTable): number[] {
  const textWidth = 483;
  const columns = readColumns(table);
  const fixed = table.header.map((_, i): number => (i === columns?.number ? 32 : i === columns?.title ? 150 : 0));
  const shared = (textWidth - fixed.reduce((a, b) => a + b, 0)) / fixed.filter((width) => width === 0).length;
  return fixed.map((width) => (width === 0 ? shared : width));
}

/** A PDF of page images and nothing else: what a scanner produces. */
export function imageOnlyPdf(pngPages: readonly Buffer[]): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false });
  for (const png of pngPages) {
    doc.addPage({ size: 'A4', margin: 0 });
    doc.image(png, 0, 0, { width: doc.page.width, height: doc.page.height });
  }
  return finished(doc);
}

function drawTable(doc: PDFKit.PDFDocument, table: PdfTable): void {
  const bottom = () => doc.page.height - MARGIN;
  const drawRow = (cells: readonly string[], heading: boolean) => {
    doc.font(heading ? 'bold' : 'body');
    const heights = cells.map((cell, i) => doc.heightOfString(cell, { width: table.widths[i] - 2 * PADDING }));
    const height = Math.max(...heights) + 2 * PADDING;
    if (doc.y + height > bottom()) {
      doc.addPage();
      if (!heading) drawRow(table.headings, true);
      doc.font(heading ? 'bold' : 'body');
    }
    const top = doc.y;
    let x = MARGIN;
    cells.forEach((cell, i) => {
      const width = table.widths[i];
      doc.rect(x, top, width, height).stroke();
      const centred = heading || i === 0;
      doc.text(cell, x + PADDING, top + PADDING, { width: width - 2 * PADDING, align: centred ? 'center' : 'left' });
      x += width;
    });
    doc.x = MARGIN;
    doc.y = top + height;
  };
  doc.moveDown();
  drawRow(table.headings, true);
  for (const row of table.rows) drawRow(row, false);
  doc.x = MARGIN;
  doc.moveDown();
}

function finished(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
