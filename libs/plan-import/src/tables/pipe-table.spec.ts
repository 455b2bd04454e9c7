import { splitPipeTables } from './pipe-table';

describe('splitPipeTables', () => {
  const text = [
    'II. NHIỆM VỤ',
    'Nhiệm vụ cụ thể tại Phụ lục kèm theo.',
    '| STT | Nội dung | Chủ trì |',
    '|:---:|---|---|',
    '| 1 | Tổ chức **hội nghị** | Sở Tư pháp<br>Công an tỉnh |',
    '',
    '| 2 | Rà soát văn bản A \\| B | Sở Nội vụ |',
    'III. TỔ CHỨC THỰC HIỆN',
  ].join('\n');
  const { prose, tables } = splitPipeTables(text);

  it('takes the table out of the prose and leaves the other lines as they were', () => {
    expect(prose.split('\n').filter((line) => line !== '')).toEqual([
      'II. NHIỆM VỤ',
      'Nhiệm vụ cụ thể tại Phụ lục kèm theo.',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('reads the heading and one row per line, across a blank line, with escaped pipes, <br> and emphasis', () => {
    expect(tables).toEqual([
      {
        header: ['STT', 'Nội dung', 'Chủ trì'],
        rows: [
          ['1', 'Tổ chức hội nghị', 'Sở Tư pháp\nCông an tỉnh'],
          ['2', 'Rà soát văn bản A | B', 'Sở Nội vụ'],
        ],
      },
    ]);
  });

  it('pads short rows to the heading’s width', () => {
    const [table] = splitPipeTables(
      '| STT | Nội dung | Chủ trì |\n|---|---|---|\n| I | Công tác tuyên truyền |',
    ).tables;
    expect(table.rows).toEqual([['I', 'Công tác tuyên truyền', '']]);
  });

  it('leaves lines that start with a pipe but have no separator line in the prose', () => {
    const result = splitPipeTables('| Ghi chú | không phải bảng |\nHết.');
    expect(result.tables).toEqual([]);
    expect(result.prose).toBe('| Ghi chú | không phải bảng |\nHết.');
  });
});
