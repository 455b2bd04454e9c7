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

  it('reads rows of pipes with no separator line as a table, its first row the heading, when it takes it', () => {
    const bare = [
      'II. NHIỆM VỤ CỤ THỂ',
      '| TT | Nội dung công việc | Đơn vị chủ trì | Thời gian thực hiện |',
      '| 1 | Phổ biến Luật Nhà giáo | Phòng Tổ chức cán bộ | Quý IV/2025 |',
      '| 2 | Tổ chức cuộc thi trực tuyến | Phòng Giáo dục trung học | Tháng 3-4/2026 |',
      'III. TỔ CHỨC THỰC HIỆN',
    ].join('\n');
    const result = splitPipeTables(bare);
    expect(result.tables).toEqual([
      {
        header: ['TT', 'Nội dung công việc', 'Đơn vị chủ trì', 'Thời gian thực hiện'],
        rows: [
          ['1', 'Phổ biến Luật Nhà giáo', 'Phòng Tổ chức cán bộ', 'Quý IV/2025'],
          ['2', 'Tổ chức cuộc thi trực tuyến', 'Phòng Giáo dục trung học', 'Tháng 3-4/2026'],
        ],
      },
    ]);
    expect(result.prose.split('\n').filter((line) => line !== '')).toEqual([
      'II. NHIỆM VỤ CỤ THỂ',
      'III. TỔ CHỨC THỰC HIỆN',
    ]);
  });

  it('leaves rows of pipes whose widths differ, or of fewer than three cells, in the prose', () => {
    for (const text of ['| a | b | c |\n| 1 | 2 |', '| a | b |\n| 1 | 2 |']) {
      expect(splitPipeTables(text)).toEqual({ prose: text, tables: [] });
    }
  });

  it('writes a table it does not take back into the prose, a cell per line', () => {
    const letterhead =
      '| ỦY BAN NHÂN DÂN TỈNH LAI CHÂU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n|---|---|\n| Số: 12/KH-UBND | Lai Châu, ngày 5 tháng 3 năm 2024 |';
    const result = splitPipeTables(`${letterhead}\nKẾ HOẠCH`, () => false);
    expect(result.tables).toEqual([]);
    expect(result.prose.split('\n').filter((line) => line !== '')).toEqual([
      'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Số: 12/KH-UBND',
      'Lai Châu, ngày 5 tháng 3 năm 2024',
      'KẾ HOẠCH',
    ]);
  });
});
