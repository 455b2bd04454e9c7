import { type PipeTable, splitPipeTables } from '../tables/pipe-table';

export type MarkdownBlock = { line: string } | { table: PipeTable };

/** A text's lines and pipe tables in order, for the test documents that print or save it (a PDF, a .docx). */
export function markdownBlocks(markdown: string): MarkdownBlock[] {
  const blocks: MarkdownBlock[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    if (!lines[i].startsWith('|')) {
      if (lines[i].trim() !== '') blocks.push({ line: lines[i] });
      continue;
    }
    let end = i;
    while (end + 1 < lines.length && lines[end + 1].startsWith('|')) end += 1;
    blocks.push({ table: splitPipeTables(lines.slice(i, end + 1).join('\n')).tables[0] });
    i = end;
  }
  return blocks;
}
