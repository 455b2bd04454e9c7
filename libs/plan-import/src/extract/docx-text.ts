import { type DocxBlock, type DocxParagraph, readBody } from './docx-body';
import { blocksMarkdown } from './docx-markdown';
import { lettersFor } from './docx-number-formats';
import { DocxNumbering } from './docx-numbering';
import { readDocxParts } from './docx-package';
import { DocxStyles } from './docx-styles';
import { type ExtractionLimits } from './extraction-limits';

function* paragraphsOf(blocks: readonly DocxBlock[]): Generator<DocxParagraph> {
  for (const block of blocks) {
    if (block.kind === 'paragraph') yield block;
    else for (const row of block.rows) for (const cell of row.cells) yield* cell.paragraphs;
  }
}

/**
 * The text of a Word document as a reader sees it: the labels of automatic numbering drawn (`1.1.`, `a)`, `II.`),
 * headings marked and tables kept as Markdown tables. The archive must have passed checkDocxArchive.
 */
export function readDocxText(zip: Buffer, limits: ExtractionLimits): string {
  const parts = readDocxParts(zip, limits);
  const styles = DocxStyles.read(parts.styles, parts.settings);
  const blocks = readBody(parts.document, styles);
  const paragraphs = [...paragraphsOf(blocks)];
  const letters = lettersFor(styles.languages, paragraphs.map((p) => p.text).join('\n'));
  const numbering = DocxNumbering.read(parts.numbering, styles, letters);
  const labels = new Map<DocxParagraph, string>();
  for (const paragraph of paragraphs) {
    const label = paragraph.list === null ? null : numbering.label(paragraph.list);
    if (label !== null) labels.set(paragraph, label);
  }
  return blocksMarkdown(blocks, labels);
}
