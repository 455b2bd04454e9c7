import { Document, type ILevelsOptions, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { markdownBlocks } from './markdown-blocks';
import { VIETNAMESE_LETTERS, fromRoman } from '../extract/docx-number-formats';
import { LETTER_MARKER, NUMBER_MARKER, ROMAN_MARKER } from '../text/markers';
import { normaliseToParagraphs } from '../text/normalise-text';

/** Builders of Word documents from the seed plans' text, for the extractor's specs. */

/** `typed`: the outline labels are text, as many offices type them; `automatic`: Word's list numbering draws them. */
export type NumberingForm = 'automatic' | 'typed';

// One Word list carries the whole outline: the Roman part, decimal items up to four deep, then lettered sub-items.
const DECIMAL_DEPTHS = 4;
const LETTER_LEVEL = DECIMAL_DEPTHS + 1;
const LEVEL_FORMATS: ReadonlyArray<Omit<ILevelsOptions, 'start'>> = [
  { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
  ...Array.from({ length: DECIMAL_DEPTHS }, (_, depth) => ({
    level: depth + 1,
    format: LevelFormat.DECIMAL,
    text: Array.from({ length: depth + 1 }, (__, n) => `%${n + 2}.`).join(''),
  })),
  { level: LETTER_LEVEL, format: LevelFormat.LOWER_LETTER, text: `%${LETTER_LEVEL + 1})` },
];

interface OutlineLabel {
  level: number;
  /** The counter values the label shows, by list level. */
  shown: ReadonlyArray<readonly [level: number, value: number]>;
  rest: string;
}

/** The leading label as the outline parser reads it, in list terms; null for a label Word's list cannot draw. */
function outlineLabel(paragraph: string): OutlineLabel | null {
  const roman = ROMAN_MARKER.exec(paragraph);
  const romanPart = roman === null ? null : fromRoman(roman[1]);
  if (roman?.[2] !== undefined && romanPart !== null) return { level: 0, shown: [[0, romanPart]], rest: roman[2] };
  const numbered = NUMBER_MARKER.exec(paragraph);
  if (numbered !== null && (numbered[2] === '.' || numbered[1].includes('.'))) {
    const path = numbered[1].split('.').map(Number);
    if (path.length > DECIMAL_DEPTHS) return null;
    return { level: path.length, shown: path.map((value, n) => [n + 1, value] as const), rest: numbered[3] };
  }
  const letter = LETTER_MARKER.exec(paragraph);
  const position = letter === null ? 0 : VIETNAMESE_LETTERS.indexOf(letter[1]) + 1;
  if (letter === null || position === 0) return null;
  return { level: LETTER_LEVEL, shown: [[LETTER_LEVEL, position]], rest: letter[2] };
}

/** Word's counters for one list, to know whether the list would draw the label the seed typed. */
class SimulatedList {
  private readonly counters: Array<number | null> = LEVEL_FORMATS.map(() => null);

  constructor(
    readonly reference: string,
    readonly starts: readonly number[],
  ) {}

  private next(level: number): number {
    const counter = this.counters[level];
    return counter === null ? this.starts[level] : counter + 1;
  }

  draws(label: OutlineLabel): boolean {
    return label.shown.every(
      ([level, value]) =>
        value === (level === label.level ? this.next(level) : (this.counters[level] ?? this.starts[level])),
    );
  }

  count(level: number): void {
    this.counters[level] = this.next(level);
    this.counters.fill(null, level + 1);
  }
}

function automaticallyNumbered(paragraphs: readonly string[]): { lists: SimulatedList[]; children: Paragraph[] } {
  const lists: SimulatedList[] = [];
  const startList = (starts: number[]) => {
    lists.push(new SimulatedList(`outline-${lists.length + 1}`, starts));
    return lists[lists.length - 1];
  };
  let list = startList(LEVEL_FORMATS.map(() => 1));
  const children = paragraphs.map((paragraph) => {
    const label = outlineLabel(paragraph);
    if (label === null) return new Paragraph({ text: paragraph });
    // A label the running list would not draw (a skipped or restarted number) starts a list that starts there.
    if (!list.draws(label)) {
      const starts = LEVEL_FORMATS.map(() => 1);
      label.shown.forEach(([level, value]) => (starts[level] = value));
      list = startList(starts);
    }
    list.count(label.level);
    return new Paragraph({ text: label.rest, numbering: { reference: list.reference, level: label.level } });
  });
  return { lists, children };
}

/**
 * A seed plan's text as a Word document, one paragraph per paragraph the parser reads. With `automatic` numbering
 * the leading outline labels (`II.`, `2.3.`, `a)`) are taken out of the text and drawn by Word's list numbering
 * instead; lettered labels follow the Vietnamese alphabet, as the extractor reads a Vietnamese text's lists.
 */
export async function seedAsDocx(text: string, { numbering }: { numbering: NumberingForm }): Promise<Buffer> {
  const paragraphs = normaliseToParagraphs(text);
  if (numbering === 'typed') {
    const document = new Document({ sections: [{ children: paragraphs.map((p) => new Paragraph({ text: p })) }] });
    return Packer.toBuffer(document);
  }
  const { lists, children } = automaticallyNumbered(paragraphs);
  const config = lists.map(({ reference, starts }) => ({
    reference,
    levels: LEVEL_FORMATS.map((level) => ({ ...level, start: starts[level.level] })),
  }));
  return Packer.toBuffer(new Document({ numbering: { config }, sections: [{ children }] }));
}

/** A text with Markdown pipe tables as a Word document: each line a paragraph, each table a Word table. */
export function markdownAsDocx(markdown: string): Promise<Buffer> {
  const row = (cells: readonly string[]) =>
    new TableRow({
      children: cells.map(
        (cell) => new TableCell({ children: cell.split('\n').map((text) => new Paragraph({ text })) }),
      ),
    });
  const children = markdownBlocks(markdown).map((block) =>
    'line' in block
      ? new Paragraph({ text: block.line })
      : new Table({ rows: [row(block.table.header), ...block.table.rows.map(row)] }),
  );
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}
