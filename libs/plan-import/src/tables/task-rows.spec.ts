import { ParseWarningCode } from '../plan-draft';
import { type TaskNode } from '../tasks/task-nodes';
import { type PipeTable } from './pipe-table';
import { readTaskTables } from './task-tables';

const HEADER = ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'];

function summary({ code, part, node }: TaskNode) {
  const value = (field: string) => node.attributes.filter((a) => a.field === field).map((a) => a.value);
  return { code, part, text: node.text, lead: value('lead'), coordinating: value('coordinating') };
}

function read(...rows: string[][]) {
  const table: PipeTable = { header: HEADER, rows };
  const { tasks, warnings } = readTaskTables([table]);
  return { tasks: tasks.map(summary), warnings };
}

describe('readTaskTables: rows of a task table as coded task nodes', () => {
  it.each([
    [
      'Roman rows',
      [
        ['I', 'Công tác tuyên truyền', '', '', ''],
        ['1', 'Tổ chức hội nghị phổ biến pháp luật', 'Sở Tư pháp', '', 'Quý I'],
        ['2', 'Biên soạn tài liệu', 'Sở Nội vụ', '', 'Quý II'],
        ['II. CÔNG TÁC KIỂM TRA', '', '', '', ''],
        ['1', 'Kiểm tra việc thực hiện', 'Sở Tư pháp', '', 'Quý IV'],
      ],
      [
        { code: '1', part: 'I', text: 'Tổ chức hội nghị phổ biến pháp luật' },
        { code: '2', part: 'I', text: 'Biên soạn tài liệu' },
        { code: '1', part: 'II', text: 'Kiểm tra việc thực hiện' },
      ],
    ],
    [
      'rows lettered A, B',
      [
        ['A', 'NHIỆM VỤ CHUNG', '', '', ''],
        ['1', 'Ban hành Kế hoạch tuyên truyền các luật mới', 'Sở Tư pháp', '', 'Quý I'],
        ['2', 'Tổ chức Ngày Pháp luật', 'Sở Tư pháp', '', 'Tháng 11'],
        ['B. NHIỆM VỤ CỦA CÁC CƠ QUAN', '', '', '', ''],
        ['1', 'Phổ biến pháp luật về giao thông', 'Công an tỉnh', '', 'Thường xuyên'],
        // A capital letter before a row with its own agencies numbers a task.
        ['D', 'Phổ biến pháp luật về thuế', 'Thuế tỉnh', '', 'Hằng quý'],
      ],
      [
        { code: '1', part: 'A', text: 'Ban hành Kế hoạch tuyên truyền các luật mới' },
        { code: '2', part: 'A', text: 'Tổ chức Ngày Pháp luật' },
        { code: '1', part: 'B', text: 'Phổ biến pháp luật về giao thông' },
        { code: '2', part: 'B', text: 'Phổ biến pháp luật về thuế' },
      ],
    ],
  ])(
    'codes tasks under group %s by their STT, with the group as the part, in the STT cell or the text',
    (_groups, rows, coded) => {
      const { tasks } = read(...rows);
      expect(tasks.map(({ code, part, text }) => ({ code, part, text }))).toEqual(coded);
    },
  );

  it('prefixes tasks with their numbered group: 1.1 as written, letters, bullets and numbers that restart at 1', () => {
    const { tasks } = read(
      ['1', 'Tuyên truyền pháp luật', '', '', ''],
      ['1.1', 'Tổ chức hội nghị', 'Sở Tư pháp', '', 'Quý I'],
      ['1.2', 'Tổ chức cuộc thi', '', '', ''],
      ['a', 'Thi trực tuyến', 'Sở Tư pháp', '', 'Quý II'],
      ['b', 'Thi viết', 'Sở Giáo dục và Đào tạo', '', 'Quý III'],
      ['2', 'Kiểm tra, đánh giá', '', '', ''],
      ['1', 'Tự kiểm tra', 'Các sở, ngành', '', 'Quý IV'],
      ['-', 'Kiểm tra trực tiếp', 'Sở Tư pháp', '', 'Quý IV'],
      ['3', 'Sơ kết, tổng kết', '', '', ''],
      ['1', 'Sơ kết 6 tháng', 'Sở Tư pháp', '', 'Tháng 6'],
      ['4', 'Khen thưởng', 'Sở Nội vụ', '', 'Tháng 12'],
    );
    expect(tasks.map((t) => t.code)).toEqual(['1.1', '1.2.a', '1.2.b', '2.1', '2.2', '3.1', '4']);
    expect(tasks.every((t) => t.part === '')).toBe(true);
  });

  it('reads a lead merged across rows (repeated in each) and joins a task split over rows', () => {
    const { tasks } = read(
      ['1', 'Tổ chức hội nghị', 'Sở Tư pháp', 'Sở Nội vụ', 'Quý I'],
      ['2', 'Biên soạn tài liệu', 'Sở Tư pháp', '', 'Quý II'],
      ['3', 'Phát hành tờ gấp', 'Sở Tư pháp', 'Công an tỉnh', 'Quý III'],
      ['3', 'Phát hành tờ gấp', 'Sở Tư pháp', 'Đài Phát thanh và Truyền hình tỉnh', 'Quý III'],
    );
    expect(tasks.map(({ code, lead, coordinating }) => ({ code, lead, coordinating }))).toEqual([
      { code: '1', lead: ['Sở Tư pháp'], coordinating: ['Sở Nội vụ'] },
      { code: '2', lead: ['Sở Tư pháp'], coordinating: [] },
      { code: '3', lead: ['Sở Tư pháp'], coordinating: ['Công an tỉnh', 'Đài Phát thanh và Truyền hình tỉnh'] },
    ]);
  });

  it('writes a cell’s paragraphs of agencies as one list, and keeps the content’s later paragraphs as body', () => {
    const table: PipeTable = {
      header: HEADER,
      rows: [['1', 'Tổ chức hội nghị.\nĐối tượng: cán bộ.', 'Sở Tư pháp\nCông an tỉnh', '', 'Quý I']],
    };
    const [task] = readTaskTables([table]).tasks;
    expect(task.node.text).toBe('Tổ chức hội nghị.');
    expect(task.node.body).toEqual(['Đối tượng: cán bộ.']);
    expect(task.node.attributes[0]).toEqual({
      field: 'lead',
      label: 'Cơ quan chủ trì',
      value: 'Sở Tư pháp; Công an tỉnh',
    });
  });

  it('reports empty and unreadable rows with the table and row number (the heading is row 1)', () => {
    const { tasks, warnings } = read(
      ['1', 'Tổ chức hội nghị', 'Sở Tư pháp', '', 'Quý I'],
      ['', '', '', '', ''],
      ['2', '', 'Sở Nội vụ', '', 'Quý II'],
    );
    expect(tasks.map((t) => t.code)).toEqual(['1']);
    expect(warnings).toEqual([
      {
        code: 'table-row-skipped',
        message: 'Bảng 1, dòng 3: dòng trống, không đọc thành nhiệm vụ',
        where: 'table 1, row 3',
      },
      {
        code: 'table-row-skipped',
        message: 'Bảng 1, dòng 4: dòng không có nội dung nhiệm vụ, không đọc thành nhiệm vụ',
        where: 'table 1, row 4',
      },
    ]);
  });

  it('ignores a table that is not a task table, and numbers tables as they come in the document', () => {
    const budget: PipeTable = { header: ['STT', 'Nội dung chi', 'Thành tiền'], rows: [['1', 'In tài liệu', '']] };
    const tasksTable: PipeTable = { header: HEADER, rows: [['', '', '', '', '']] };
    const { tasks, warnings } = readTaskTables([budget, tasksTable]);
    expect(tasks).toEqual([]);
    expect(warnings.map((w) => w.where)).toEqual(['table 2, row 2']);
  });

  it('reads a start and an end column as one time frame from the start to the end, or the one that is filled', () => {
    const table: PipeTable = {
      header: ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian bắt đầu', 'Thời gian hoàn thành'],
      rows: [
        ['1', 'Tham mưu ban hành Kế hoạch', 'Sở Tư pháp', 'Tháng 1/2026', 'Tháng 3/2026'],
        ['2', 'Tuyên truyền trên báo', 'Sở Văn hóa, Thể thao và Du lịch', 'Thường xuyên', ''],
        ['3', 'Kiện toàn Hội đồng', 'Sở Tư pháp', '', 'Quý II/2026'],
      ],
    };
    const timeframes = readTaskTables([table]).tasks.map(({ node }) =>
      node.attributes.filter((a) => a.field === 'timeframe').map((a) => a.value),
    );
    expect(timeframes).toEqual([['Tháng 1/2026 - Tháng 3/2026'], ['Thường xuyên'], ['Quý II/2026']]);
  });

  it('gives the rows under a group that is only a time that time, unless a row names its own', () => {
    const table: PipeTable = {
      header: ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Thời gian'],
      rows: [
        ['I', 'QUÝ I NĂM 2026', '', ''],
        ['1', 'Tổ chức hội nghị tập huấn báo cáo viên', 'Sở Tư pháp', ''],
        ['2', 'Rà soát tủ sách pháp luật', 'UBND các xã, phường', 'Tháng 02/2026'],
        ['II', 'Công tác kiểm tra', '', ''],
        ['1', 'Kiểm tra công tác phổ biến pháp luật', 'Sở Tư pháp', ''],
        ['III', 'Quý IV', '', ''],
        ['1', 'Tổng kết công tác năm', 'Sở Tư pháp', ''],
        ['2', 'Giai đoạn 2027 - 2028', '', ''],
        ['2.1', 'Tổ chức Cuộc thi tìm hiểu pháp luật', 'Tỉnh đoàn', ''],
        // A merged row with no number, as a Word table spans a heading across its columns.
        ['NĂM 2030', '', '', ''],
        ['1', 'Tổng kết thực hiện Kế hoạch', 'Sở Tư pháp', ''],
        ['CÔNG TÁC KHÁC', '', '', ''],
        ['1', 'Kiện toàn đội ngũ báo cáo viên', 'Sở Tư pháp', ''],
      ],
    };
    const timeframes = readTaskTables([table]).tasks.map(({ code, part, node }) => [
      `${part}.${code}`,
      node.attributes.filter((a) => a.field === 'timeframe').map((a) => a.value),
    ]);
    expect(timeframes).toEqual([
      ['I.1', ['QUÝ I NĂM 2026']],
      ['I.2', ['Tháng 02/2026']],
      ['II.1', []],
      ['III.1', ['Quý IV']],
      ['III.2.1', ['Giai đoạn 2027 - 2028']],
      ['III.1', ['NĂM 2030']],
      ['III.1', ['Quý IV']],
    ]);
  });
});

describe('readTaskTables: cells left blank under a filled one, as merged cells come out of a conversion', () => {
  const { tasks, warnings } = readTaskTables([
    {
      header: HEADER,
      rows: [
        ['I', 'Công tác tuyên truyền', '', '', ''],
        ['1', 'Phổ biến các luật mới', 'Sở Tư pháp', 'Các sở, ngành', 'Quý I/2026'],
        ['2', 'Tập huấn báo cáo viên', '', 'Sở Nội vụ', 'Quý II/2026'],
        ['3', 'Tổ chức cuộc thi tìm hiểu pháp luật', '', '', ''],
        // Its own time in its text: the time above is not its.
        ['4', 'Phát hành tờ gấp pháp luật. Hoàn thành trước ngày 30/9/2026.', '', '', ''],
        ['', '', '', '', ''],
        ['5', 'Tổ chức Ngày Pháp luật', '', '', 'Tháng 11/2026'],
        ['II', 'Công tác kiểm tra', '', '', ''],
        ['1', 'Kiểm tra công tác phổ biến pháp luật', '', '', 'Quý IV/2026'],
      ],
    },
  ]);
  const cells = tasks.map(({ code, part, node }) => {
    const value = (field: string) => node.attributes.filter((a) => a.field === field).map((a) => a.value);
    return [`${part}.${code}`, value('lead'), value('coordinating'), value('timeframe')];
  });

  it('takes the lead and the time from the task row above, and leaves the partners a row names alone', () => {
    expect(cells).toEqual([
      ['I.1', ['Sở Tư pháp'], ['Các sở, ngành'], ['Quý I/2026']],
      ['I.2', ['Sở Tư pháp'], ['Sở Nội vụ'], ['Quý II/2026']],
      ['I.3', ['Sở Tư pháp'], [], ['Quý II/2026']],
      ['I.4', ['Sở Tư pháp'], [], []],
      // An empty row, or a new group, ends what a merged cell could span.
      ['I.5', [], [], ['Tháng 11/2026']],
      ['II.1', [], [], ['Quý IV/2026']],
    ]);
  });

  it('says, for each cell taken, which row it came from, for the coordinator to check', () => {
    expect(warnings.filter((warning) => warning.code === ParseWarningCode.TableCellFromAbove)).toEqual([
      {
        code: 'table-cell-from-above',
        message: 'Bảng 1, dòng 4: ô “Cơ quan chủ trì” để trống, lấy theo dòng trên: “Sở Tư pháp”',
        where: '2',
      },
      {
        code: 'table-cell-from-above',
        message: 'Bảng 1, dòng 5: ô “Cơ quan chủ trì” để trống, lấy theo dòng trên: “Sở Tư pháp”',
        where: '3',
      },
      {
        code: 'table-cell-from-above',
        message: 'Bảng 1, dòng 5: ô “Thời gian thực hiện” để trống, lấy theo dòng trên: “Quý II/2026”',
        where: '3',
      },
      {
        code: 'table-cell-from-above',
        message: 'Bảng 1, dòng 6: ô “Cơ quan chủ trì” để trống, lấy theo dòng trên: “Sở Tư pháp”',
        where: '4',
      },
    ]);
  });
});
