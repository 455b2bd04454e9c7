import { parsePlanText } from '../parse-plan-text';
import { ParseWarningCode } from '../plan-draft';

const HEAD = `UBND TỈNH ĐIỆN BIÊN
SỞ TƯ PHÁP
Số: 21/KH-STP Điện Biên, ngày 10 tháng 01 năm 2025
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2025
Thực hiện Kế hoạch số 5/KH-UBND ngày 03/01/2025 của UBND tỉnh, Sở Tư pháp ban hành Kế hoạch như sau:`;

const TASK_TABLE = `PHỤ LỤC
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 21/KH-STP ngày 10/01/2025 của Sở Tư pháp)
| STT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| I | Công tác tuyên truyền | | | |
| 1 | Tổ chức hội nghị phổ biến Luật Xử lý vi phạm hành chính | Phòng Phổ biến, giáo dục pháp luật | Công an tỉnh | Quý II năm 2025 |
| 2 | Biên soạn tài liệu hỏi đáp pháp luật | Phòng Phổ biến, giáo dục pháp luật | | Quý III năm 2025 |
|  |  |  |  |  |`;

describe('parsePlanText on a plan whose tasks are in a table', () => {
  it('reads a cell that lists its agencies as dash lines without the dashes', () => {
    const draft = parsePlanText(`${HEAD}
II. NHIỆM VỤ
| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian |
|---|---|---|---|---|
| 1 | Tuyên truyền pháp luật về phòng, chống ma túy | Công an tỉnh | - Sở Y tế;<br>- Sở Giáo dục và Đào tạo<br>+ UBND các huyện, thị xã<br>• Tỉnh đoàn | Quý II năm 2025 |`);
    expect(draft.tasks.map(({ coordinating }) => coordinating)).toEqual([
      ['Sở Y tế', 'Sở Giáo dục và Đào tạo', 'UBND các huyện, thị xã', 'Tỉnh đoàn'],
    ]);
  });

  it('reads both roles from one "Cơ quan thực hiện" cell that names them', () => {
    const draft = parsePlanText(`${HEAD}
II. NHIỆM VỤ
| STT | Nhiệm vụ | Cơ quan thực hiện | Thời gian |
|---|---|---|---|
| 1 | Tuyên truyền pháp luật về phòng, chống ma túy | Công an tỉnh chủ trì, phối hợp với Sở Y tế, Sở GD&ĐT | Quý II năm 2025 |
| 2 | Tổ chức cuộc thi tìm hiểu pháp luật trực tuyến | Sở Tư pháp chủ trì; các sở, ngành phối hợp | Quý III năm 2025 |
| 3 | Biên soạn tài liệu song ngữ | Ban Dân tộc tỉnh | Quý IV năm 2025 |`);
    expect(draft.tasks.map(({ lead, coordinating }) => ({ lead, coordinating }))).toEqual([
      { lead: ['Công an tỉnh'], coordinating: ['Sở Y tế', 'Sở GD&ĐT'] },
      { lead: ['Sở Tư pháp'], coordinating: ['các sở, ngành'] },
      { lead: ['Ban Dân tộc tỉnh'], coordinating: [] },
    ]);
  });

  it('reads a plan with no numbered outline at all, only a task table, as a plan', () => {
    const draft = parsePlanText(`${HEAD}\nCác nhiệm vụ cụ thể như sau:\n${TASK_TABLE}`);
    expect(draft.kind).toBe('plan');
    expect(draft.tasks.map(({ part, code, lead, timeframe }) => ({ part, code, lead, timeframe }))).toEqual([
      { part: 'I', code: '1', lead: ['Phòng Phổ biến, giáo dục pháp luật'], timeframe: 'Quý II năm 2025' },
      { part: 'I', code: '2', lead: ['Phòng Phổ biến, giáo dục pháp luật'], timeframe: 'Quý III năm 2025' },
    ]);
    expect(draft.tasks[0].schedule).toBeDefined();
    expect(draft.warnings).toContainEqual(
      expect.objectContaining({ code: 'table-row-skipped', where: 'table 1, row 5' }),
    );
  });

  it('takes the tasks from the table when the body only summarises them “(có Phụ lục kèm theo)”', () => {
    const text = `${HEAD}
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức chấp hành pháp luật.
II. NỘI DUNG (có Phụ lục kèm theo)
1. Tổ chức hội nghị phổ biến pháp luật.
2. Biên soạn tài liệu hỏi đáp pháp luật.
III. TỔ CHỨC THỰC HIỆN
Các phòng thuộc Sở triển khai thực hiện các nội dung Kế hoạch.
${TASK_TABLE}`;
    const draft = parsePlanText(text);
    expect(draft.tasks.map((t) => `${t.part}.${t.code} ${t.title}`)).toEqual([
      'I.1 Tổ chức hội nghị phổ biến Luật Xử lý vi phạm hành chính',
      'I.2 Biên soạn tài liệu hỏi đáp pháp luật',
    ]);
  });

  it('keeps outline tasks with their own agency lines that the table does not list, and drops those it lists', () => {
    const text = `${HEAD}
II. NHIỆM VỤ
1. Biên soạn tài liệu hỏi đáp pháp luật.
Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật.
2. Kiểm tra việc thực hiện Kế hoạch tại các huyện.
Đơn vị chủ trì: Thanh tra Sở.
Thời gian: Quý IV năm 2025.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch.
${TASK_TABLE}`;
    const draft = parsePlanText(text);
    expect(draft.tasks.map((t) => `${t.part}.${t.code} ${t.lead.join('; ')}`)).toEqual([
      'II.2 Thanh tra Sở',
      'I.1 Phòng Phổ biến, giáo dục pháp luật',
      'I.2 Phòng Phổ biến, giáo dục pháp luật',
    ]);
  });

  it('ignores a budget table and keeps the outline tasks', () => {
    const text = `${HEAD}
II. NHIỆM VỤ
1. Tổ chức hội nghị phổ biến pháp luật.
Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật.
Thời gian: Quý II năm 2025.
III. KINH PHÍ
| STT | Nội dung chi | Đơn vị tính | Số lượng | Thành tiền (đồng) |
|---|---|---|---|---|
| 1 | In tài liệu | cuốn | 500 | 10.000.000 |
IV. TỔ CHỨC THỰC HIỆN
Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch.`;
    const draft = parsePlanText(text);
    expect(draft.tasks.map((t) => `${t.part}.${t.code} ${t.timeframe}`)).toEqual(['II.1 Quý II năm 2025']);
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.TableRowSkipped)).toEqual([]);
  });
});
