import { Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import { extractText } from './extract-text';

type CellSpec = string | string[] | { text: string; columnSpan?: number; rowSpan?: number } | Table;

const cell = (spec: CellSpec): TableCell => {
  if (spec instanceof Table) return new TableCell({ children: [spec, new Paragraph('')] });
  if (typeof spec === 'string') return new TableCell({ children: [new Paragraph(spec)] });
  if (Array.isArray(spec)) return new TableCell({ children: spec.map((text) => new Paragraph(text)) });
  return new TableCell({ children: [new Paragraph(spec.text)], columnSpan: spec.columnSpan, rowSpan: spec.rowSpan });
};

const table = (rows: CellSpec[][]): Table =>
  new Table({ rows: rows.map((cells) => new TableRow({ children: cells.map(cell) })) });

const textOf = async (...children: Array<Paragraph | Table>): Promise<string> =>
  extractText(await Packer.toBuffer(new Document({ sections: [{ children }] })), 'plan.docx');

describe('Word tables in the extracted text', () => {
  it('become Markdown pipe tables, one line a row, with a separator under the first row', async () => {
    const text = await textOf(
      new Paragraph('Phụ lục'),
      table([
        ['STT', 'Nội dung', 'Cơ quan chủ trì'],
        ['1', 'Tổ chức hội nghị', 'Sở Tư pháp'],
      ]),
      new Paragraph('Nơi nhận:'),
    );

    expect(text).toBe(
      [
        'Phụ lục',
        '',
        '| STT | Nội dung | Cơ quan chủ trì |',
        '| --- | --- | --- |',
        '| 1 | Tổ chức hội nghị | Sở Tư pháp |',
        '',
        'Nơi nhận:',
      ].join('\n'),
    );
  });

  it('keeps a horizontally merged cell in its first column and leaves the spanned ones empty', async () => {
    const text = await textOf(
      table([
        ['Nội dung', 'Chủ trì', 'Thời gian'],
        [{ text: 'I. TUYÊN TRUYỀN', columnSpan: 3 }],
        ['Hội nghị', 'Sở Tư pháp', 'Quý I'],
      ]),
    );

    expect(text.split('\n')).toEqual([
      '| Nội dung | Chủ trì | Thời gian |',
      '| --- | --- | --- |',
      '| I. TUYÊN TRUYỀN |  |  |',
      '| Hội nghị | Sở Tư pháp | Quý I |',
    ]);
  });

  it('repeats a vertically merged cell on every row it spans, so each row stands alone', async () => {
    const text = await textOf(
      table([['Nội dung', 'Chủ trì'], ['Hội nghị', { text: 'Sở Tư pháp', rowSpan: 2 }], ['Tọa đàm']]),
    );

    expect(text.split('\n').slice(2)).toEqual(['| Hội nghị | Sở Tư pháp |', '| Tọa đàm | Sở Tư pháp |']);
  });

  it('joins the paragraphs of a cell with <br> and escapes the pipes in its text', async () => {
    const text = await textOf(
      table([
        ['Chủ trì', 'Phối hợp'],
        ['Sở Tư pháp', ['Sở Nội vụ;', 'UBND các huyện | thành phố']],
      ]),
    );

    expect(text.split('\n')[2]).toBe('| Sở Tư pháp | Sở Nội vụ;<br>UBND các huyện \\| thành phố |');
  });

  it('flattens a nested table into the text of its cell', async () => {
    const nested = table([['Sở Tư pháp', 'Sở Nội vụ']]);
    const text = await textOf(
      table([
        ['Nội dung', 'Cơ quan'],
        ['Hội nghị', nested],
      ]),
    );

    expect(text.split('\n')).toEqual([
      '| Nội dung | Cơ quan |',
      '| --- | --- |',
      '| Hội nghị | Sở Tư pháp<br>Sở Nội vụ |',
    ]);
  });

  it('reads a one-cell table, a frame around text, as the paragraphs inside it', async () => {
    const text = await textOf(table([[['KẾ HOẠCH', 'Tuyên truyền pháp luật năm 2025']]]));

    expect(text).toBe('KẾ HOẠCH\n\nTuyên truyền pháp luật năm 2025');
  });

  it('numbers the cells of an automatically numbered column', async () => {
    const reference = 'stt';
    const numbered = () => new TableCell({ children: [new Paragraph({ numbering: { reference, level: 0 } })] });
    const rows = ['Hội nghị', 'Tọa đàm'].map((task) => new TableRow({ children: [numbered(), cell(task)] }));
    const docx = new Document({
      numbering: { config: [{ reference, levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1', start: 1 }] }] },
      sections: [
        { children: [new Table({ rows: [new TableRow({ children: [cell('STT'), cell('Nội dung')] }), ...rows] })] },
      ],
    });

    const text = await extractText(await Packer.toBuffer(docx), 'plan.docx');

    expect(text.split('\n').slice(2)).toEqual(['| 1 | Hội nghị |', '| 2 | Tọa đàm |']);
  });
});
