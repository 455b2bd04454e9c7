import { type DocxStyles, type ListReference, listReference, outlineLevel, toggleValue } from './docx-styles';
import { type XmlElement, valueAt } from './docx-xml';

export interface DocxParagraph {
  kind: 'paragraph';
  /** The runs' visible text; soft line breaks are `\n`, tabs `\t`. */
  text: string;
  list: ListReference | null;
  /** 1 for a title or first-level heading; null for body text. */
  headingLevel: number | null;
  /** Every visible run is bold. */
  bold: boolean;
}

export interface DocxCell {
  /** A nested table's paragraphs are flattened into its cell's, in reading order. */
  paragraphs: DocxParagraph[];
  gridSpan: number;
  /** `w:vMerge`: a `continue` cell shows the text of the cell it is merged with, above it. */
  verticalMerge: 'restart' | 'continue' | null;
}

export interface DocxRow {
  /** Grid columns left empty before the first cell (`w:gridBefore`). */
  skipped: number;
  cells: DocxCell[];
}

export interface DocxTable {
  kind: 'table';
  rows: DocxRow[];
}

export type DocxBlock = DocxParagraph | DocxTable;

// Word's own limit; a larger span or skip in a damaged file would only inflate the table.
const MAX_GRID_COLUMNS = 63;
const gridCount = (value: string | undefined, fallback: number): number =>
  Math.min(MAX_GRID_COLUMNS, Math.max(fallback, Number(value ?? fallback) || fallback));

// Deleted and moved-away revisions are not what a reader sees; properties hold no text.
const UNSEEN = new Set(['w:del', 'w:moveFrom', 'w:pPr', 'w:rPr', 'w:sdtPr', 'w:tblPr', 'w:trPr', 'w:tcPr']);

/** Of markup-compatibility alternatives only one is shown: the first choice, else the fallback. */
const shownAlternative = (alternatives: XmlElement): XmlElement | undefined =>
  alternatives.first('mc:Choice') ?? alternatives.first('mc:Fallback');

/** The paragraph's own `w:numPr`, completed by (or else taken from) its style's. */
function paragraphList(
  properties: XmlElement | undefined,
  styleId: string | null,
  styles: DocxStyles,
): ListReference | null {
  const own = listReference(properties?.first('w:numPr'), styleId);
  if (own === 'none') return null;
  const fromStyle = styles.list(styleId);
  if (own === null) return fromStyle;
  if (own.numId !== '') return own;
  return fromStyle === null ? null : { ...fromStyle, level: own.level ?? fromStyle.level };
}

interface InlineContent {
  text: string;
  bold: boolean;
  textBoxes: DocxBlock[];
}

class BodyReader {
  constructor(private readonly styles: DocxStyles) {}

  /** Paragraphs and tables in reading order, looking through content controls and other wrappers. */
  blocks(container: XmlElement, into: DocxBlock[] = []): DocxBlock[] {
    for (const element of container.children) {
      if (element.name === 'w:p') this.paragraph(element, into);
      else if (element.name === 'w:tbl') into.push(this.table(element));
      else if (element.name === 'mc:AlternateContent') {
        const shown = shownAlternative(element);
        if (shown !== undefined) this.blocks(shown, into);
      } else if (!UNSEEN.has(element.name)) this.blocks(element, into);
    }
    return into;
  }

  private paragraph(p: XmlElement, into: DocxBlock[]): void {
    const properties = p.first('w:pPr');
    const styleId = valueAt(properties, 'w:pStyle') ?? null;
    const runs: InlineContent = { text: '', bold: true, textBoxes: [] };
    p.children.forEach((child) => this.inline(child, styleId, runs));
    into.push({
      kind: 'paragraph',
      text: runs.text,
      list: paragraphList(properties, styleId, this.styles),
      headingLevel: outlineLevel(properties) ?? this.styles.headingLevel(styleId),
      bold: runs.bold && /\S/.test(runs.text),
    });
    // A text box anchored in the paragraph reads after it.
    into.push(...runs.textBoxes);
  }

  /** Runs, looking through hyperlinks, fields, insertions and content controls; text boxes are kept apart. */
  private inline(element: XmlElement, styleId: string | null, runs: InlineContent): void {
    if (element.name === 'w:r') this.run(element, styleId, runs);
    else if (element.name === 'w:txbxContent') this.blocks(element, runs.textBoxes);
    else if (element.name === 'mc:AlternateContent') {
      const shown = shownAlternative(element);
      if (shown !== undefined) shown.children.forEach((child) => this.inline(child, styleId, runs));
    } else if (!UNSEEN.has(element.name)) element.children.forEach((child) => this.inline(child, styleId, runs));
  }

  private run(run: XmlElement, styleId: string | null, runs: InlineContent) {
    const properties = run.first('w:rPr');
    if (toggleValue(properties?.first('w:vanish')) === true) return;
    let text = '';
    for (const element of run.children) {
      if (element.name === 'w:t') text += element.text;
      else if (element.name === 'w:tab' || element.name === 'w:ptab') text += '\t';
      else if (element.name === 'w:br' || element.name === 'w:cr') text += '\n';
      else if (element.name === 'w:noBreakHyphen') text += '-';
      // Drawings and embedded objects may hold a text box.
      else if (!UNSEEN.has(element.name)) this.inline(element, styleId, runs);
    }
    const bold =
      toggleValue(properties?.first('w:b')) ??
      (this.styles.isBold(valueAt(properties, 'w:rStyle') ?? null) || this.styles.isBold(styleId));
    if (/\S/.test(text) && !bold) runs.bold = false;
    runs.text += text;
  }

  private table(tbl: XmlElement): DocxTable {
    const rows = descendants(tbl, 'w:tr').map((tr) => ({
      skipped: gridCount(valueAt(tr, 'w:trPr', 'w:gridBefore'), 0),
      cells: descendants(tr, 'w:tc').map((tc) => this.cell(tc)),
    }));
    return { kind: 'table', rows };
  }

  private cell(tc: XmlElement): DocxCell {
    const properties = tc.first('w:tcPr');
    const merge = properties?.first('w:vMerge');
    const paragraphs = this.blocks(tc).flatMap((block) =>
      block.kind === 'paragraph' ? [block] : block.rows.flatMap((row) => row.cells.flatMap((cell) => cell.paragraphs)),
    );
    return {
      paragraphs,
      gridSpan: gridCount(valueAt(properties, 'w:gridSpan'), 1),
      verticalMerge: merge === undefined ? null : merge.attribute('w:val') === 'restart' ? 'restart' : 'continue',
    };
  }
}

/** The nearest elements of this name, looking through wrappers (`w:sdt`, `w:customXml`) but not into matches. */
function descendants(container: XmlElement, name: string): XmlElement[] {
  return container.children.flatMap((child) =>
    child.name === name ? [child] : UNSEEN.has(child.name) ? [] : descendants(child, name),
  );
}

/** The body of `word/document.xml` as paragraphs and tables. */
export function readBody(document: XmlElement, styles: DocxStyles): DocxBlock[] {
  const body = document.first('w:body');
  return body === undefined ? [] : new BodyReader(styles).blocks(body);
}
