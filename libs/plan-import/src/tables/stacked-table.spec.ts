import { parsePlanText } from '../parse-plan-text';
import { taskSummary } from '../testing/task-summary';
import { splitPipeTables } from './pipe-table';
import { stackedTablesAsPipeTables } from './stacked-table';

const tablesOf = (text: string) => splitPipeTables(stackedTablesAsPipeTables(text)).tables;
const HEADING = ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'];
const FIRST_ROW = [
  '1',
  'Tuyên truyền Luật Đất đai năm 2024',
  'Sở Nông nghiệp và Môi trường',
  'Sở Tư pháp; UBND các xã, phường',
  'Quý I/2026',
];
// A row with no partner, as its lines arrive: the partner's cell is left empty.
const ROW_WITHOUT_PARTNER = ['2', 'Phổ biến pháp luật về phòng, chống tham nhũng', 'Thanh tra tỉnh', 'Quý II/2026'];
const READ_WITHOUT_PARTNER = [...ROW_WITHOUT_PARTNER.slice(0, 3), '', ROW_WITHOUT_PARTNER[3]];

describe('tables whose cells arrive a line each, as text copied out of a PDF', () => {
  it('reads the heading one name a line, then a row from each STT on', () => {
    const text = [
      ...HEADING,
      ...FIRST_ROW,
      '2',
      'Phổ biến pháp luật về phòng, chống tham nhũng',
      'Thanh tra tỉnh',
      'Các sở, ban, ngành',
      'Quý II/2026',
    ].join('\n');

    expect(tablesOf(text)).toEqual([
      {
        header: HEADING,
        rows: [
          FIRST_ROW,
          ['2', 'Phổ biến pháp luật về phòng, chống tham nhũng', 'Thanh tra tỉnh', 'Các sở, ban, ngành', 'Quý II/2026'],
        ],
      },
    ]);
  });

  it('joins a cell wrapped over lines, leaves an empty cell empty, and skips blank lines between lines', () => {
    const text = [
      'STT',
      '',
      'Nội dung',
      '',
      'Cơ quan',
      'chủ trì',
      '',
      'Cơ quan phối hợp',
      '',
      'Thời gian',
      'thực hiện',
      '',
      '1',
      '',
      'Tổ chức hội nghị phổ biến pháp luật cho cán bộ, công chức về',
      'Luật Cán bộ, công chức năm 2025',
      '',
      'Sở Nội vụ',
      '',
      'Quý II/2026',
      '',
      '2',
      '',
      'Biên soạn tài liệu hỏi đáp pháp luật',
      '',
      'Sở Tư pháp',
      '',
      'Sở Văn hóa, Thể thao và Du lịch; Báo',
      'và Phát thanh, Truyền hình tỉnh',
      '',
      'Hằng năm',
    ].join('\n');

    expect(tablesOf(text)[0].rows).toEqual([
      [
        '1',
        'Tổ chức hội nghị phổ biến pháp luật cho cán bộ, công chức về Luật Cán bộ, công chức năm 2025',
        'Sở Nội vụ',
        '',
        'Quý II/2026',
      ],
      [
        '2',
        'Biên soạn tài liệu hỏi đáp pháp luật',
        'Sở Tư pháp',
        'Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình tỉnh',
        'Hằng năm',
      ],
    ]);
  });

  // Rows of the tables below, under groups of their own, as their lines arrive (an empty cell as an empty line).
  const press = [
    '1',
    'Tuyên truyền trên Báo tỉnh',
    'Báo và Phát thanh, Truyền hình tỉnh',
    'Sở Tư pháp',
    'Thường xuyên',
  ];
  const mediation = (number: string) => [
    number,
    'Bồi dưỡng hòa giải viên',
    'Sở Tư pháp',
    'UBND các xã, phường',
    'Quý III/2026',
  ];
  const groupRow = (numeral: string, name: string) => [numeral, name, '', '', ''];
  const IMPLEMENTATION = ['III. TỔ CHỨC THỰC HIỆN', 'Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.'];

  it('keeps a group row, and ends the table at the next part of the plan', () => {
    const text = [
      ...HEADING,
      ...groupRow('I', 'CÔNG TÁC TUYÊN TRUYỀN').slice(0, 2),
      ...press,
      ...groupRow('II', 'CÔNG TÁC HÒA GIẢI').slice(0, 2),
      ...mediation('1'),
      ...IMPLEMENTATION,
    ].join('\n');

    const [table] = tablesOf(text);
    expect(table.rows).toEqual([
      groupRow('I', 'CÔNG TÁC TUYÊN TRUYỀN'),
      press,
      groupRow('II', 'CÔNG TÁC HÒA GIẢI'),
      mediation('1'),
    ]);
    expect(splitPipeTables(stackedTablesAsPipeTables(text)).prose).toContain('III. TỔ CHỨC THỰC HIỆN');
  });

  it('reads rows numbered on across groups: "II" after "2", then "3"', () => {
    const corruption = ['2', 'Phổ biến pháp luật về phòng, chống tham nhũng', 'Thanh tra tỉnh', '', 'Quý II/2026'];
    const statistics = ['4', 'Thống kê kết quả hòa giải', 'UBND các xã, phường', 'Sở Tư pháp', 'Trước ngày 15/11/2026'];
    const text = [
      ...HEADING,
      ...groupRow('I', 'CÔNG TÁC TUYÊN TRUYỀN').slice(0, 2),
      ...press,
      ...corruption,
      ...groupRow('II', 'CÔNG TÁC HÒA GIẢI').slice(0, 2),
      ...mediation('3'),
      ...statistics,
    ].join('\n');

    const [table] = tablesOf(text);
    expect(table.rows).toEqual([
      groupRow('I', 'CÔNG TÁC TUYÊN TRUYỀN'),
      press,
      corruption,
      groupRow('II', 'CÔNG TÁC HÒA GIẢI'),
      mediation('3'),
      statistics,
    ]);
  });

  it.each([
    ['a Roman numeral opening its line', 'I. CÔNG TÁC TUYÊN TRUYỀN', 'II. CÔNG TÁC HÒA GIẢI', ['I', 'II']],
    ['a capital letter alone', 'A\nCÔNG TÁC TUYÊN TRUYỀN', 'B\nCÔNG TÁC HÒA GIẢI', ['A', 'B']],
    ['a capital letter opening its line', 'A. CÔNG TÁC TUYÊN TRUYỀN', 'B. CÔNG TÁC HÒA GIẢI', ['A', 'B']],
  ])(
    'reads group rows numbered by %s, and still ends the table at the plan’s next part',
    (_, first, second, [one, two]) => {
      const text = [...HEADING, first, ...press, second, ...mediation('2'), ...IMPLEMENTATION].join('\n');

      const [table] = tablesOf(text);
      expect(table.rows).toEqual([
        groupRow(one, 'CÔNG TÁC TUYÊN TRUYỀN'),
        press,
        groupRow(two, 'CÔNG TÁC HÒA GIẢI'),
        mediation('2'),
      ]);
      expect(splitPipeTables(stackedTablesAsPipeTables(text)).prose).toContain('III. TỔ CHỨC THỰC HIỆN');
    },
  );

  it('ends a table at a Roman part out of the groups’ turn, or a group numbered like the plan’s next part', () => {
    const after = (...lines: string[]) =>
      splitPipeTables(stackedTablesAsPipeTables([...HEADING, ...lines].join('\n'))).prose;
    // Rows with no groups: the next Roman heading is the plan's.
    expect(after(...press, 'III. KINH PHÍ THỰC HIỆN', '1. Kinh phí từ ngân sách tỉnh.')).toContain(
      'III. KINH PHÍ THỰC HIỆN',
    );
    // Group I, then IV: not the next group; then II, but naming a part tasks are never in.
    expect(after('I. CÔNG TÁC TUYÊN TRUYỀN', ...press, 'IV. KIẾN NGHỊ')).toContain('IV. KIẾN NGHỊ');
    expect(after('I. CÔNG TÁC TUYÊN TRUYỀN', ...press, 'II. TỔ CHỨC THỰC HIỆN')).toContain('II. TỔ CHỨC THỰC HIỆN');
  });

  it.each(['Phân công thực hiện', 'Phân công nhiệm vụ', 'Cơ quan thực hiện'])(
    'reads "%s" over "Chủ trì" and "Phối hợp" as their shared heading, not a column of its own',
    (spanning) => {
      const text = ['TT', 'Nội dung công việc', spanning, 'Chủ trì', 'Phối hợp', 'Thời gian', ...FIRST_ROW].join('\n');

      expect(tablesOf(text)).toEqual([
        { header: ['TT', 'Nội dung công việc', 'Chủ trì', 'Phối hợp', 'Thời gian'], rows: [FIRST_ROW] },
      ]);
    },
  );

  it('reads a row whose number opens its first line, and not a wrapped line that opens with a number', () => {
    const text = [
      ...HEADING,
      '1. Tuyên truyền pháp luật về bầu cử',
      'Sở Nội vụ',
      'Quý I/2026',
      '2 Phổ biến các luật được thông qua tại kỳ họp thứ',
      '3 của Quốc hội khóa XV',
      'Sở Tư pháp',
      'Quý II/2026',
    ].join('\n');

    expect(tablesOf(text)[0].rows).toEqual([
      ['1', 'Tuyên truyền pháp luật về bầu cử', 'Sở Nội vụ', '', 'Quý I/2026'],
      ['2', 'Phổ biến các luật được thông qua tại kỳ họp thứ 3 của Quốc hội khóa XV', 'Sở Tư pháp', '', 'Quý II/2026'],
    ]);
  });

  it('reads past a row numbering the columns, bold headings, and a page break between rows', () => {
    const text = [
      ...HEADING.map((cell) => `**${cell}**`),
      ...['(1)', '(2)', '(3)', '(4)', '(5)'],
      ...FIRST_ROW,
      'https://laocai.gov.vn/van-ban',
      '3',
      '- 4 -',
      ...ROW_WITHOUT_PARTNER,
    ].join('\n');

    expect(tablesOf(text)[0].rows).toEqual([FIRST_ROW, READ_WITHOUT_PARTNER]);
  });

  it("reads a bare page number equal to the next row's number as a page break, not as that row", () => {
    const text = [
      ...HEADING,
      '1',
      'Tuyên truyền Luật Đất đai năm 2024 cho cán bộ, công chức',
      '2',
      'cấp xã và người dân vùng đồng bào dân tộc thiểu số',
      'Sở Nông nghiệp và Môi trường',
      'Quý I/2026',
      ...ROW_WITHOUT_PARTNER,
    ].join('\n');

    expect(tablesOf(text)[0].rows).toEqual([
      [
        '1',
        'Tuyên truyền Luật Đất đai năm 2024 cho cán bộ, công chức cấp xã và người dân vùng đồng bào dân tộc thiểu số',
        'Sở Nông nghiệp và Môi trường',
        '',
        'Quý I/2026',
      ],
      READ_WITHOUT_PARTNER,
    ]);
  });

  it('reads rows numbered under their group: "1", "1.1", "1.2", "2"', () => {
    const text = [
      ...HEADING,
      '1',
      'Tuyên truyền pháp luật',
      '1.1',
      'Tuyên truyền trên Báo tỉnh',
      'Báo và Phát thanh, Truyền hình tỉnh',
      'Thường xuyên',
      '1.2',
      'Tuyên truyền trên loa truyền thanh cơ sở',
      'UBND các xã, phường',
      'Hằng tháng',
      '2',
      'Bồi dưỡng hòa giải viên',
      'Sở Tư pháp',
      'Quý III/2026',
    ].join('\n');

    expect(tablesOf(text)[0].rows.map((row) => row.slice(0, 3))).toEqual([
      ['1', 'Tuyên truyền pháp luật', ''],
      ['1.1', 'Tuyên truyền trên Báo tỉnh', 'Báo và Phát thanh, Truyền hình tỉnh'],
      ['1.2', 'Tuyên truyền trên loa truyền thanh cơ sở', 'UBND các xã, phường'],
      ['2', 'Bồi dưỡng hòa giải viên', 'Sở Tư pháp'],
    ]);
  });

  it('reads a table written in decomposed Unicode as the same table composed', () => {
    const composed = [...HEADING, ...FIRST_ROW].join('\n');
    const decomposed = parsePlanText(`KẾ HOẠCH\nII. NHIỆM VỤ\n${composed}`.normalize('NFD')).tasks.map(taskSummary);
    expect(decomposed).toEqual(parsePlanText(`KẾ HOẠCH\nII. NHIỆM VỤ\n${composed}`).tasks.map(taskSummary));
    expect(decomposed).toHaveLength(1);
  });

  it('leaves prose with short lines, and a heading with no STT column to follow, as they were', () => {
    const prose = ['Nơi nhận:', '- Như trên;', '- Lưu: VT.', 'Nội dung', 'Thời gian', 'Ghi chú'].join('\n');
    expect(stackedTablesAsPipeTables(prose)).toBe(prose);
    const noNumbers = ['Nội dung', 'Cơ quan chủ trì', 'Thời gian', 'Tuyên truyền', 'Sở Tư pháp', 'Quý I/2026'].join(
      '\n',
    );
    expect(stackedTablesAsPipeTables(noNumbers)).toBe(noNumbers);
  });

  it("gives the parser the table's tasks with their agencies and time frames", () => {
    const plan = [
      'ỦY BAN NHÂN DÂN TỈNH CAO BẰNG',
      'KẾ HOẠCH',
      'Phổ biến, giáo dục pháp luật năm 2026',
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Nâng cao hiệu quả công tác phổ biến.',
      'II. NHIỆM VỤ CỤ THỂ',
      ...HEADING,
      ...FIRST_ROW,
      '2',
      'Bồi dưỡng nghiệp vụ cho báo cáo viên pháp luật',
      'Sở Tư pháp',
      'Quý III/2026',
      'III. TỔ CHỨC THỰC HIỆN',
      'Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.',
    ].join('\n');

    const draft = parsePlanText(plan);

    expect(draft.tasks.map(taskSummary)).toEqual([
      {
        code: '1',
        title: 'Tuyên truyền Luật Đất đai năm 2024',
        lead: ['Sở Nông nghiệp và Môi trường'],
        coordinating: ['Sở Tư pháp', 'UBND các xã, phường'],
        timeframe: 'Quý I/2026',
      },
      {
        code: '2',
        title: 'Bồi dưỡng nghiệp vụ cho báo cáo viên pháp luật',
        lead: ['Sở Tư pháp'],
        coordinating: [],
        timeframe: 'Quý III/2026',
      },
    ]);
    expect(draft.standingOffice).toBe('Sở Tư pháp');
  });
});
