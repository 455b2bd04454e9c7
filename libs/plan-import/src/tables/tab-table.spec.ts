import { parsePlanText } from '../parse-plan-text';
import { splitPipeTables } from './pipe-table';
import { tabTablesAsPipeTables } from './tab-table';

const tablesOf = (text: string) => splitPipeTables(tabTablesAsPipeTables(text)).tables;

describe('tables pasted as text, a tab between cells', () => {
  it('reads a row a line, and a quoted cell over several lines with its quotes doubled', () => {
    const pasted = [
      'STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện',
      '1\tTổ chức Ngày Pháp luật\tSở Tư pháp\t"Sở Nội vụ\r\nSở Tài chính"\tHằng năm',
      '2\t"Biên soạn tài liệu ""hỏi đáp"" pháp luật"\tSở Tư pháp\tCác sở, ngành\tQuý III năm 2024',
    ].join('\r\n');

    expect(tablesOf(pasted)).toEqual([
      {
        header: ['STT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
        rows: [
          ['1', 'Tổ chức Ngày Pháp luật', 'Sở Tư pháp', 'Sở Nội vụ\nSở Tài chính', 'Hằng năm'],
          ['2', 'Biên soạn tài liệu "hỏi đáp" pháp luật', 'Sở Tư pháp', 'Các sở, ngành', 'Quý III năm 2024'],
        ],
      },
    ]);
  });

  it('leaves prose with a stray tab, a lone tabbed line and an unclosed quote as they were', () => {
    const prose = ['Nơi nhận:\t- Như trên;', 'UBND TỈNH\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '', 'Ghi chú.'].join(
      '\n',
    );
    expect(tabTablesAsPipeTables(prose)).toBe(prose);

    const unclosed = 'A\tB\tC\n"Sở Tư pháp\tSở Nội vụ\tQuý I';
    expect(tablesOf(unclosed)[0].rows).toEqual([['"Sở Tư pháp', 'Sở Nội vụ', 'Quý I']]);
    // A quote closed only 60 lines on is no cell's: those lines are rows of their own.
    const farClosed = ['A\tB\tC', '"x\ty\tz', ...Array<string>(60).fill('u\tv\tw'), 'x"\ty\tz'].join('\n');
    expect(tablesOf(farClosed)[0].rows).toHaveLength(62);
  });

  it("gives the parser a pasted task table's agencies and time frames", () => {
    const plan = [
      'KẾ HOẠCH',
      'Triển khai công tác phổ biến, giáo dục pháp luật năm 2025',
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Nâng cao ý thức chấp hành pháp luật.',
      'II. NHIỆM VỤ',
      'Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.',
      '',
      'STT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện',
      '1\tTổ chức Ngày Pháp luật Việt Nam\tSở Tư pháp\t"Sở Nội vụ\nSở Tài chính"\tTháng 11 năm 2025',
    ].join('\n');

    const [task] = parsePlanText(plan).tasks;

    expect(task).toMatchObject({
      title: 'Tổ chức Ngày Pháp luật Việt Nam',
      lead: ['Sở Tư pháp'],
      coordinating: ['Sở Nội vụ', 'Sở Tài chính'],
      timeframe: 'Tháng 11 năm 2025',
    });
  });

  it('reads an agency cell that labels its own roles, on one line or a line each', () => {
    const rows = [
      'STT\tNội dung\tCơ quan thực hiện\tThời gian',
      '1\tTuyên truyền Luật Đất đai\tChủ trì: Sở Nông nghiệp và Môi trường; Phối hợp: Sở Tư pháp\tQuý I/2026',
      '2\tPhổ biến pháp luật về giao thông\t"- Chủ trì: Công an tỉnh\n- Phối hợp: Sở Xây dựng, Sở Y tế"\tQuý II/2026',
      '3\tTập huấn hòa giải viên\t"Sở Tư pháp\nPhối hợp: UBND các xã, phường"\tQuý III/2026',
    ];
    const tasks = parsePlanText(['KẾ HOẠCH', 'Phổ biến pháp luật năm 2026', 'II. NHIỆM VỤ', ...rows].join('\n')).tasks;

    expect(tasks.map(({ lead, coordinating }) => ({ lead, coordinating }))).toEqual([
      { lead: ['Sở Nông nghiệp và Môi trường'], coordinating: ['Sở Tư pháp'] },
      { lead: ['Công an tỉnh'], coordinating: ['Sở Xây dựng', 'Sở Y tế'] },
      { lead: ['Sở Tư pháp'], coordinating: ['UBND các xã, phường'] },
    ]);
  });
});
