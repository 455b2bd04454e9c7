import { pipeTableLines } from '../tables/pipe-table';
import { type DocxBlock, type DocxParagraph, type DocxTable } from './docx-body';

/** The label Word's numbering draws before each numbered paragraph. */
export type ParagraphLabels = ReadonlyMap<DocxParagraph, string>;

// A bold paragraph longer than this is emphasis, not a heading.
const MAX_BOLD_HEADING = 150;
const MAX_MARKDOWN_HEADING = 6;
const CELL_LINE_BREAK = '<br>';

const plainText = (paragraph: DocxParagraph, labels: ParagraphLabels): string =>
  ((labels.get(paragraph) ?? '') + paragraph.text.trimStart()).trim();

const oneLine = (text: string): string => text.replace(/\s*\n\s*/g, ' ');

/** A heading style as a Markdown heading, a short all-bold paragraph as bold: the parser can tell them apart. */
function paragraphMarkdown(paragraph: DocxParagraph, labels: ParagraphLabels): string {
  const text = plainText(paragraph, labels);
  if (text === '') return '';
  if (paragraph.headingLevel !== null) {
    return `${'#'.repeat(Math.min(paragraph.headingLevel, MAX_MARKDOWN_HEADING))} ${oneLine(text)}`;
  }
  return paragraph.bold && text.length <= MAX_BOLD_HEADING ? `**${oneLine(text)}**` : text;
}

const cellText = (paragraphs: readonly DocxParagraph[], labels: ParagraphLabels): string =>
  paragraphs
    .map((p) => plainText(p, labels).replace(/\s*\n\s*/g, CELL_LINE_BREAK))
    .filter((text) => text !== '')
    .join(CELL_LINE_BREAK);

/**
 * The table as a grid of cell texts, one row per table row: a cell spanning columns keeps its text in its first
 * column and leaves the others empty; a cell merged with the one above repeats its text, so each row stands alone.
 */
function tableGrid(table: DocxTable, labels: ParagraphLabels): string[][] {
  const grid: string[][] = [];
  let above: readonly string[] = [];
  for (const row of table.rows) {
    const line = new Array<string>(row.skipped).fill('');
    for (const cell of row.cells) {
      const text = cell.verticalMerge === 'continue' ? (above[line.length] ?? '') : cellText(cell.paragraphs, labels);
      line.push(text, ...new Array<string>(cell.gridSpan - 1).fill(''));
    }
    grid.push(line);
    above = line;
  }
  return grid;
}

function tableMarkdown(table: DocxTable, labels: ParagraphLabels): string {
  const grid = tableGrid(table, labels);
  if (grid.every((row) => row.length === 0)) return '';
  return pipeTableLines(grid).join('\n');
}

// A one-cell table frames text (a box around the letterhead or the whole body); it is no table to a reader.
const isFrame = (table: DocxTable): boolean =>
  table.rows.length === 1 && table.rows[0].cells.length === 1 && table.rows[0].skipped === 0;

/**
 * The document as a reader sees it, in Markdown: paragraphs apart by blank lines with their list labels, headings
 * marked, tables as pipe tables (cell paragraphs joined by `<br>`, pipes escaped).
 */
export function blocksMarkdown(blocks: readonly DocxBlock[], labels: ParagraphLabels): string {
  return blocks
    .flatMap((block) => {
      if (block.kind === 'paragraph') return [paragraphMarkdown(block, labels)];
      if (isFrame(block)) return block.rows[0].cells[0].paragraphs.map((p) => paragraphMarkdown(p, labels));
      return [tableMarkdown(block, labels)];
    })
    .filter((text) => text !== '')
    .join('\n\n');
}
