import { findPlanTitle } from './metadata/plan-title';
import { parsePlanText } from './parse-plan-text';
import { type PlanTaskDraft, ParseWarningCode } from './plan-draft';
import { taskSummary } from './testing/task-summary';

/** Each task's code, agencies and time frame: what most layouts are checked on. */
const roles = (tasks: readonly PlanTaskDraft[]) =>
  tasks.map(({ code, lead, coordinating, timeframe }) => ({ code, lead, coordinating, timeframe }));
/** Each task's part and its code below the part. */
const placed = (tasks: readonly PlanTaskDraft[]) => tasks.map(({ part, code }) => ({ part, code }));

const PLAN = `UBND TỈNH HÀ GIANG
SỞ Y TẾ
Số: 45/KH-SYT Hà Giang, ngày 14 tháng 3 năm 2025
KẾ HOẠCH
Phổ biến, giáo dục pháp luật ngành y tế năm 2025
Căn cứ Quyết định số 120/QĐ-UBND ngày 20/01/2025 của UBND tỉnh; Sở Y tế ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2025 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức pháp luật của công chức, viên chức ngành y tế.
II. NHIỆM VỤ
1. Tổ chức hội nghị phổ biến Luật Khám bệnh, chữa bệnh cho cán bộ y tế tuyến huyện.
Đơn vị chủ trì: Phòng Nghiệp vụ Y.
Đơn vị phối hợp: Trung tâm Y tế các huyện, thành phố; Bệnh viện Đa khoa tỉnh.
Thời hạn hoàn thành: Quý II năm 2025.
2. Biên soạn tài liệu hỏi đáp pháp luật về an toàn thực phẩm.
Đơn vị chủ trì: Chi cục An toàn vệ sinh thực phẩm.
Thời hạn hoàn thành: Tháng 9 năm 2025.
III. TỔ CHỨC THỰC HIỆN
1. Văn phòng Sở
- Theo dõi, đôn đốc các đơn vị thực hiện Kế hoạch; tổng hợp kết quả, báo cáo Sở Tư pháp trước ngày 15/11/2025.
Nơi nhận:
- Sở Tư pháp;`;

describe('parsePlanText on a plan from another province and layout', () => {
  const draft = parsePlanText(PLAN);

  it('reads the header: number, issuer, issue date, basis and period', () => {
    expect(draft).toMatchObject({
      kind: 'plan',
      number: '45/KH-SYT',
      issuer: 'Sở Y tế',
      issuedDate: '2025-03-14',
      basis: ['Quyết định số 120/QĐ-UBND ngày 20/01/2025'],
      period: { from: '2025', to: '2025' },
      standingOffice: 'Văn phòng Sở',
    });
  });

  it('reads numbered tasks with "Đơn vị chủ trì / phối hợp" and "Thời hạn hoàn thành" lines', () => {
    expect(roles(draft.tasks)).toEqual([
      {
        code: '1',
        lead: ['Phòng Nghiệp vụ Y'],
        coordinating: ['Trung tâm Y tế các huyện, thành phố', 'Bệnh viện Đa khoa tỉnh'],
        timeframe: 'Quý II năm 2025',
      },
      { code: '2', lead: ['Chi cục An toàn vệ sinh thực phẩm'], coordinating: [], timeframe: 'Tháng 9 năm 2025' },
    ]);
  });

  it('interprets each time frame through the domain schedule', () => {
    expect(draft.tasks[0].schedule?.kind).toBe('once');
  });

  it('reads the report deadline in TỔ CHỨC THỰC HIỆN', () => {
    expect(draft.reportDeadlines).toEqual([
      { who: 'Văn phòng Sở', to: 'Sở Tư pháp', deadline: 'trước ngày 15/11/2025', recurring: false },
    ]);
  });

  it('returns a news-like text as not a plan, with a warning instead of an error', () => {
    const news = parsePlanText('Ngày 02/4/2025, UBND huyện ban hành kế hoạch số 30/KH-UBND về tuyên truyền pháp luật.');
    expect(news.kind).toBe('news');
    expect(news.tasks).toEqual([]);
    expect(news.warnings[0].code).toBe('not-a-plan');
  });

  it.each([
    ['BÁO CÁO', '215/BC-UBND', 'Kết quả công tác phổ biến, giáo dục pháp luật năm 2025'],
    ['TỜ TRÌNH', '16/TTr-STP', 'Về việc ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026'],
  ])('returns a %s, however many parts it has, as not a plan, naming what it is', (heading, number, subject) => {
    const report = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH BẾN TRE
Số: ${number}
${heading}
${subject}
I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH
1. Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 77/KH-UBND ngày 10/01/2025.
II. KẾT QUẢ THỰC HIỆN
1. Tổ chức 120 hội nghị phổ biến pháp luật.
III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026
1. Tiếp tục đổi mới hình thức phổ biến pháp luật.`);
    expect(report.kind).toBe('other');
    expect(report.tasks).toEqual([]);
    expect(report.warnings[0]).toMatchObject({ code: 'not-a-plan' });
    expect(report.warnings[0].message).toContain(`the document is a ${heading}`);
  });
});

const STANDING_OFFICE_PLAN = `ỦY BAN NHÂN DÂN
TỈNH QUẢNG TRỊ
Số: 145/KH-UBND Quảng Trị, ngày 05 tháng 3 năm 2025
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2025 trên địa bàn tỉnh
Thực hiện Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2025 như sau:
I. NHIỆM VỤ VÀ GIẢI PHÁP
1. Tổ chức quán triệt, phổ biến các luật, nghị quyết mới được Quốc hội thông qua cho cán bộ, công chức, viên chức và Nhân dân.
- Cơ quan chủ trì: Sở Tư pháp.
- Thời gian thực hiện: Quý II, Quý III năm 2025.
2. Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam.
- Cơ quan chủ trì: Sở Tư pháp; các sở, ban, ngành, địa phương theo chức năng, nhiệm vụ.
- Thời gian thực hiện: Tháng 10, tháng 11 năm 2025.
II. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp là cơ quan thường trực của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này; tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Bộ Tư pháp kết quả thực hiện trước ngày 15/11/2025.
2. Các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ Kế hoạch này xây dựng kế hoạch của cơ quan, đơn vị mình; định kỳ báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 05/11 hằng năm.
Nơi nhận:
- Bộ Tư pháp;`;

describe('parsePlanText on a plan that names its standing office only as where reports go', () => {
  const plan = (implementation: string) =>
    parsePlanText(`HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TỈNH
Số: 12/KH-HĐPH
KẾ HOẠCH
Hoạt động của Hội đồng năm 2026
Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh ban hành Kế hoạch hoạt động năm 2026 như sau:
I. NHIỆM VỤ
1. Tổ chức Hội nghị sơ kết 6 tháng.
- Cơ quan chủ trì: Sở Tư pháp.
- Thời gian thực hiện: Quý II/2026.
II. TỔ CHỨC THỰC HIỆN
${implementation}`);

  it('takes the agency the members report to', () => {
    const draft = plan('Các thành viên Hội đồng gửi báo cáo kết quả về Sở Tư pháp trước ngày 30/11/2026.');
    expect(draft.reportDeadlines).toEqual([expect.objectContaining({ to: 'Sở Tư pháp' })]);
    expect(draft.standingOffice).toBe('Sở Tư pháp');
    expect(draft.warnings).toContainEqual({
      code: 'standing-office-from-reports',
      message:
        'Kế hoạch không ghi cơ quan theo dõi, đôn đốc: cơ quan thường trực được hiểu là nơi nhận báo cáo, “Sở Tư pháp”',
    });
  });

  it.each([
    ['Định kỳ 6 tháng, các cơ quan báo cáo kết quả về Sở Tư pháp trước ngày 10/6/2026.', 'các cơ quan'],
    ['Hằng năm, các sở, ngành gửi báo cáo về Sở Tư pháp trước ngày 10/11/2026.', 'các sở, ngành'],
    ['Chậm nhất ngày 10/11/2026, Công an tỉnh gửi báo cáo về Sở Tư pháp.', 'Công an tỉnh'],
  ])('reads who reports in "%s", whose subject follows when it is due', (sentence, who) => {
    const draft = plan(sentence);
    expect(draft.reportDeadlines).toEqual([expect.objectContaining({ who, to: 'Sở Tư pháp' })]);
  });

  it.each([
    'Công an tỉnh chủ trì, theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; báo cáo UBND tỉnh trước ngày 10/12/2026.',
    'Công an tỉnh theo dõi việc thực hiện Kế hoạch này, báo cáo UBND tỉnh trước ngày 10/12/2026.',
  ])('takes the agency that follows the plan’s progress, though it is not said to urge: "%s"', (sentence) => {
    const draft = plan(`${sentence}\nCác thành viên Hội đồng gửi báo cáo kết quả về Sở Tư pháp trước ngày 30/11/2026.`);
    expect(draft.standingOffice).toBe('Công an tỉnh');
    expect(draft.warnings.map((w) => w.code)).not.toContain('standing-office-from-reports');
  });

  it('prefers the agency said to urge, or the standing one, to one that follows the work in its own house', () => {
    const own = 'Các sở, ngành theo dõi việc thực hiện tại cơ quan, đơn vị mình.';
    expect(plan(`${own}\nCông an tỉnh là cơ quan thường trực.`).standingOffice).toBe('Công an tỉnh');
    expect(plan(`${own}\nCông an tỉnh đôn đốc các cơ quan.`).standingOffice).toBe('Công an tỉnh');
  });

  it('does not take the province or a ministry that reports go up to', () => {
    const draft = plan('Các thành viên Hội đồng báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 30/11/2026.');
    expect(draft.reportDeadlines).toEqual([expect.objectContaining({ to: 'Ủy ban nhân dân tỉnh' })]);
    expect(draft.standingOffice).toBeNull();
  });
});

describe('parsePlanText on a standing office named with its role, and yearly report dates', () => {
  const draft = parsePlanText(STANDING_OFFICE_PLAN);

  it('names the standing office without the role it is given ("là cơ quan thường trực của …")', () => {
    expect(draft.standingOffice).toBe('Sở Tư pháp');
    expect(draft.agencyResponsibilities.map((entry) => entry.agency)).toEqual([
      'Sở Tư pháp',
      'Các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố',
    ]);
  });

  it('reads each report: the recipient without what is reported, a written date before "định kỳ"', () => {
    expect(draft.reportDeadlines).toEqual([
      {
        who: 'Sở Tư pháp',
        to: 'Ủy ban nhân dân tỉnh, Bộ Tư pháp',
        deadline: 'trước ngày 15/11/2025',
        recurring: false,
      },
      {
        who: 'Các sở, ban, ngành cấp tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố',
        to: 'Sở Tư pháp',
        deadline: 'trước ngày 05/11 hằng năm',
        recurring: true,
      },
    ]);
  });

  it('drops a scope note ("theo chức năng, nhiệm vụ") from an agency', () => {
    expect(draft.tasks.map((task) => task.lead)).toEqual([
      ['Sở Tư pháp'],
      ['Sở Tư pháp', 'các sở, ban, ngành, địa phương'],
    ]);
  });

  it('reads listed quarters and months as one window each', () => {
    expect(draft.tasks.map((task) => task.schedule)).toEqual([
      { kind: 'window', text: 'Quý II, Quý III năm 2025', start: '2025-04-01', end: '2025-09-30' },
      { kind: 'window', text: 'Tháng 10, tháng 11 năm 2025', start: '2025-10-01', end: '2025-11-30' },
    ]);
    expect(draft.warnings).toEqual([]);
  });
});

const INLINE_LABELS_PLAN = `HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT
Số: 12/KH-HĐPH Bình Định, ngày 20 tháng 01 năm 2026
KẾ HOẠCH
Công tác phổ biến, giáo dục pháp luật năm 2026
Căn cứ Kế hoạch số 05/KH-UBND ngày 10/01/2026 của UBND tỉnh, Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh xây dựng Kế hoạch hoạt động năm 2026 như sau:
I. NỘI DUNG HOẠT ĐỘNG
1. Tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Chỉ thị số 32-CT/TW trên địa bàn tỉnh. Giao Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh thực hiện. Thời gian: Quý I/2026.
2. Phổ biến pháp luật cho đồng bào dân tộc thiểu số và miền núi
a) Tổ chức tuyên truyền pháp luật tại các xã vùng đồng bào dân tộc thiểu số.
Chủ trì: Ban Dân tộc tỉnh; phối hợp: Ủy ban nhân dân các huyện An Lão, Vĩnh Thạnh, Vân Canh.
Thời gian: Hằng quý.
b) Biên soạn, phát hành tờ gấp pháp luật song ngữ Việt - Bana. Chủ trì: Ban Dân tộc tỉnh. Phối hợp: Sở Tư pháp. Thời gian: Quý III/2026.
II. TỔ CHỨC THỰC HIỆN
Giao Sở Tư pháp theo dõi, đôn đốc, hướng dẫn việc thực hiện Kế hoạch này.
Nơi nhận:
- UBND tỉnh;`;

describe('parsePlanText on labels written inline', () => {
  const draft = parsePlanText(INLINE_LABELS_PLAN);
  const fields = () => draft.tasks.map(taskSummary);

  it('reads labelled sentences at the end of an item, and several labels on one line', () => {
    expect(fields()).toEqual([
      {
        code: '1',
        title: 'Tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch thực hiện Chỉ thị số 32-CT/TW trên địa bàn tỉnh',
        lead: ['Sở Tư pháp'],
        coordinating: ['Văn phòng UBND tỉnh'],
        timeframe: 'Quý I/2026',
      },
      {
        code: '2.a',
        title: 'Tổ chức tuyên truyền pháp luật tại các xã vùng đồng bào dân tộc thiểu số',
        lead: ['Ban Dân tộc tỉnh'],
        coordinating: ['Ủy ban nhân dân các huyện An Lão, Vĩnh Thạnh, Vân Canh'],
        timeframe: 'Hằng quý',
      },
      {
        code: '2.b',
        title: 'Biên soạn, phát hành tờ gấp pháp luật song ngữ Việt - Bana',
        lead: ['Ban Dân tộc tỉnh'],
        coordinating: ['Sở Tư pháp'],
        timeframe: 'Quý III/2026',
      },
    ]);
  });
});

const WARD_PLAN = `UBND PHƯỜNG HÒA KHÁNH
Số: 21/KH-UBND Hòa Khánh, ngày 03 tháng 02 năm 2026
KẾ HOẠCH
Tuyên truyền, phổ biến, giáo dục pháp luật trên địa bàn phường năm 2026
Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;
Căn cứ Kế hoạch số 120/KH-UBND ngày 15/01/2026 của UBND thành phố Đà Nẵng;
Ủy ban nhân dân phường xây dựng Kế hoạch tuyên truyền, phổ biến, giáo dục pháp luật năm 2026 như sau:
I. NỘI DUNG, HÌNH THỨC
1. Tuyên truyền pháp luật về phòng, chống ma túy, bảo đảm trật tự an toàn giao thông.
- Đơn vị chủ trì: Công an phường.
- Đơn vị phối hợp: Đoàn Thanh niên phường, các tổ dân phố.
- Thời gian: Thường xuyên.
2. Tuyên truyền qua hệ thống loa truyền thanh, trang thông tin điện tử của phường.
- Đơn vị thực hiện: Văn phòng HĐND và UBND phường.
- Thời gian: Hằng tháng.
II. TỔ CHỨC THỰC HIỆN
1. Giao công chức Tư pháp - Hộ tịch là đầu mối tham mưu UBND phường theo dõi, đôn đốc việc thực hiện Kế hoạch; tổng hợp báo cáo UBND phường và Phòng Tư pháp thành phố trước ngày 10/11/2026.
2. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam phường phối hợp tuyên truyền đến đoàn viên, hội viên.
Nơi nhận:
- Phòng Tư pháp;`;

describe('parsePlanText on a ward plan', () => {
  const draft = parsePlanText(WARD_PLAN);

  it('cites a law dated in words by its name', () => {
    expect(draft.basis).toEqual(['Luật Phổ biến, giáo dục pháp luật', 'Kế hoạch số 120/KH-UBND ngày 15/01/2026']);
  });

  it('reads the ward official in charge as the standing office, and the report they send', () => {
    expect(draft.standingOffice).toBe('công chức Tư pháp - Hộ tịch');
    expect(draft.reportDeadlines).toEqual([
      {
        who: 'công chức Tư pháp - Hộ tịch',
        to: 'UBND phường và Phòng Tư pháp thành phố',
        deadline: 'trước ngày 10/11/2026',
        recurring: false,
      },
    ]);
  });

  it("keeps the ward's residential groups and its joint office as agencies of their own", () => {
    expect(draft.tasks.map(({ lead, coordinating }) => ({ lead, coordinating }))).toEqual([
      { lead: ['Công an phường'], coordinating: ['Đoàn Thanh niên phường', 'các tổ dân phố'] },
      { lead: ['Văn phòng HĐND và UBND phường'], coordinating: [] },
    ]);
  });
});

const DECISION_WITH_PLAN = `ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
Số: 350/QĐ-UBND
Nghệ An, ngày 25 tháng 02 năm 2026
QUYẾT ĐỊNH
Ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026
ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ;
Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số 45/TTr-STP ngày 15/02/2026.
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phổ biến, giáo dục pháp luật năm 2026 trên địa bàn tỉnh Nghệ An.
Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.
Nơi nhận:
- Như Điều 2;
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
ỦY BAN NHÂN DÂN
TỈNH NGHỆ AN
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
(Ban hành kèm theo Quyết định số 350/QĐ-UBND ngày 25/02/2026 của UBND tỉnh Nghệ An)
I. MỤC ĐÍCH, YÊU CẦU
Triển khai kịp thời, hiệu quả công tác phổ biến, giáo dục pháp luật.
II. NHIỆM VỤ
1. Phổ biến Luật Tổ chức chính quyền địa phương năm 2025 cho cán bộ, công chức cấp xã.
Cơ quan chủ trì: Sở Nội vụ.
Thời gian thực hiện: Quý I, Quý II năm 2026.
2. Tuyên truyền pháp luật về chuyển đổi số trên Cổng thông tin điện tử tỉnh.
Cơ quan chủ trì: Sở Khoa học và Công nghệ.
Thời gian thực hiện: Cả năm.
III. TỔ CHỨC THỰC HIỆN
Sở Tư pháp có trách nhiệm theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND tỉnh trước ngày 20/11/2026.
Nơi nhận:
- Bộ Tư pháp;`;

describe('parsePlanText on a decision that issues the plan attached to it', () => {
  const draft = parsePlanText(DECISION_WITH_PLAN);

  it('reads the attached plan, under the number, date, issuer and grounds of its decision', () => {
    expect(draft).toMatchObject({
      kind: 'plan',
      number: '350/QĐ-UBND',
      issuer: 'UBND tỉnh Nghệ An',
      issuedDate: '2026-02-25',
      basis: ['Luật Tổ chức chính quyền địa phương', 'Quyết định số 1521/QĐ-TTg ngày 06/10/2022'],
      period: { from: '2026', to: '2026' },
      standingOffice: 'Sở Tư pháp',
    });
  });

  it("reads the plan's tasks and report, not the decision's articles", () => {
    expect(draft.tasks.map(({ code, lead, schedule }) => ({ code, lead, kind: schedule?.kind }))).toEqual([
      { code: '1', lead: ['Sở Nội vụ'], kind: 'window' },
      { code: '2', lead: ['Sở Khoa học và Công nghệ'], kind: 'annual' },
    ]);
    expect(draft.reportDeadlines).toEqual([
      { who: 'Sở Tư pháp', to: 'UBND tỉnh', deadline: 'trước ngày 20/11/2026', recurring: false },
    ]);
    expect(draft.warnings).toEqual([]);
  });

  it('reads a scheme (ĐỀ ÁN) the decision approves as it reads a plan', () => {
    const scheme = parsePlanText(DECISION_WITH_PLAN.replace('\nKẾ HOẠCH\n', '\nĐỀ ÁN\n'));
    expect(scheme).toMatchObject({ number: '350/QĐ-UBND', issuedDate: '2026-02-25', standingOffice: 'Sở Tư pháp' });
    expect(scheme.tasks.map(({ code }) => code)).toEqual(['1', '2']);
  });
});

const PARENTHESISED_LABELS_PLAN = `SỞ TƯ PHÁP
Số: 30/KH-STP Lào Cai, ngày 08 tháng 01 năm 2026
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026 của Sở Tư pháp
Thực hiện Kế hoạch số 10/KH-UBND ngày 05/01/2026 của Ủy ban nhân dân tỉnh, Sở Tư pháp ban hành Kế hoạch như sau:
I. NHIỆM VỤ TRỌNG TÂM
1. Tham mưu tổ chức Hội nghị trực tuyến phổ biến các luật mới cho cán bộ chủ chốt cấp tỉnh, cấp xã (Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật; thời gian: Quý I/2026).
2. Biên soạn, phát hành Bản tin Tư pháp (Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật; đơn vị phối hợp: Văn phòng Sở; thời gian: hằng quý).
3. Tổ chức Cuộc thi tìm hiểu pháp luật (Luật Đất đai năm 2024) trên Cổng thông tin điện tử của Sở.
Đơn vị chủ trì: Văn phòng Sở.
II. TỔ CHỨC THỰC HIỆN
Văn phòng Sở có trách nhiệm theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch.`;

describe('parsePlanText on labels in parentheses at the end of an item', () => {
  const draft = parsePlanText(PARENTHESISED_LABELS_PLAN);

  it('reads each label in the parentheses and leaves them out of the title', () => {
    expect(
      draft.tasks.map(({ title, lead, coordinating, timeframe }) => ({ title, lead, coordinating, timeframe })),
    ).toEqual([
      {
        title: 'Tham mưu tổ chức Hội nghị trực tuyến phổ biến các luật mới cho cán bộ chủ chốt cấp tỉnh, cấp xã',
        lead: ['Phòng Phổ biến, giáo dục pháp luật'],
        coordinating: [],
        timeframe: 'Quý I/2026',
      },
      {
        title: 'Biên soạn, phát hành Bản tin Tư pháp',
        lead: ['Phòng Phổ biến, giáo dục pháp luật'],
        coordinating: ['Văn phòng Sở'],
        timeframe: 'hằng quý',
      },
      {
        title: 'Tổ chức Cuộc thi tìm hiểu pháp luật (Luật Đất đai năm 2024) trên Cổng thông tin điện tử của Sở',
        lead: ['Văn phòng Sở'],
        coordinating: [],
        timeframe: null,
      },
    ]);
  });

  it("takes the plan's period from its title when the issuing sentence names no year", () => {
    expect(draft.period).toEqual({ from: '2026', to: '2026', text: 'năm 2026' });
    expect(draft.tasks[1].schedule).toMatchObject({ kind: 'periodic', every: 'quarter', fromYear: 2026, toYear: 2026 });
  });
});

const PERFORMER_ONLY_PLAN = `PHÒNG TƯ PHÁP
Số: 05/KH-PTP Mường Tè, ngày 10 tháng 3 năm 2025
KẾ HOẠCH
Tổ chức các hoạt động hưởng ứng Ngày Pháp luật năm 2025
Thực hiện Kế hoạch số 220/KH-UBND ngày 05/3/2025 của Ủy ban nhân dân huyện, Phòng Tư pháp xây dựng Kế hoạch như sau:
I. NỘI DUNG, HÌNH THỨC
1. Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở cơ quan
Thời gian: Từ ngày 01/11/2025 đến ngày 15/11/2025.
Thực hiện: Phòng Tư pháp, UBND các xã, thị trấn.
2. Tổ chức tọa đàm về Ngày Pháp luật
Thời gian: Trước ngày 09/11/2025.
Thực hiện: Phòng Tư pháp phối hợp với Trung tâm Văn hóa, Thể thao và Truyền thông huyện.
3. Báo cáo kết quả hưởng ứng Ngày Pháp luật
Thời gian: Trước ngày 20/11/2025.
Thực hiện: UBND các xã, thị trấn gửi Phòng Tư pháp.
II. TỔ CHỨC THỰC HIỆN
Giao Phòng Tư pháp chủ trì, theo dõi, đôn đốc việc thực hiện Kế hoạch này.`;

describe('parsePlanText on an inspection plan whose task part also names whom it inspects', () => {
  const text = `KẾ HOẠCH
Kiểm tra công tác phổ biến, giáo dục pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Đánh giá kết quả thực hiện.
II. NỘI DUNG, ĐỐI TƯỢNG, HÌNH THỨC KIỂM TRA
1. Nội dung kiểm tra
a) Việc ban hành văn bản chỉ đạo, kế hoạch thực hiện công tác phổ biến, giáo dục pháp luật.
- Đơn vị thực hiện: Phòng Phổ biến, giáo dục pháp luật.
- Thời gian kiểm tra: Quý II/2025.
b) Việc tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam.
- Đơn vị thực hiện: Thanh tra Sở.
- Thời gian kiểm tra: Quý IV/2025.
2. Đối tượng kiểm tra
UBND các huyện Lục Yên, Văn Chấn, Trạm Tấu.
3. Hình thức kiểm tra
Kiểm tra trực tiếp tại đơn vị; đơn vị được kiểm tra gửi báo cáo tự kiểm tra trước 05 ngày làm việc.
III. TỔ CHỨC THỰC HIỆN
1. Phòng Phổ biến, giáo dục pháp luật chủ trì tham mưu thành lập Đoàn kiểm tra; tổng hợp, báo cáo kết quả kiểm tra trong thời hạn 10 ngày kể từ ngày kết thúc kiểm tra.
2. Văn phòng Sở bảo đảm kinh phí, phương tiện phục vụ Đoàn kiểm tra.`;

  it('reads the inspected items as tasks, with who carries them out and when, and the headings beside them as none', () => {
    const draft = parsePlanText(text);
    expect(draft.tasks.map(({ part, code, lead, timeframe }) => ({ part, code, lead, timeframe }))).toEqual([
      { part: 'II', code: '1.a', lead: ['Phòng Phổ biến, giáo dục pháp luật'], timeframe: 'Quý II/2025' },
      { part: 'II', code: '1.b', lead: ['Thanh tra Sở'], timeframe: 'Quý IV/2025' },
    ]);
  });

  it('takes the agency that gathers the results as the standing office where none follows the plan, and says so', () => {
    const draft = parsePlanText(text);
    expect(draft.standingOffice).toBe('Phòng Phổ biến, giáo dục pháp luật');
    expect(draft.warnings).toContainEqual({
      code: 'standing-office-from-aggregation',
      message:
        'Kế hoạch không ghi cơ quan theo dõi, đôn đốc: cơ quan thường trực được hiểu là nơi tổng hợp kết quả, “Phòng Phổ biến, giáo dục pháp luật”',
    });
  });
});

describe('parsePlanText on a commune plan whose groups each list their work as dash bullets', () => {
  const draft = parsePlanText(`KẾ HOẠCH
Công tác phổ biến, giáo dục pháp luật năm 2025
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức pháp luật.
II. NỘI DUNG THỰC HIỆN
1. Công tác phổ biến, giáo dục pháp luật
- Tổ chức tuyên truyền pháp luật trên hệ thống loa truyền thanh của xã. Người thực hiện: Công chức Tư pháp - Hộ tịch. Thời gian: Hằng tháng.
- Tuyên truyền pháp luật về phòng, chống ma túy cho Nhân dân các thôn, bản. Người thực hiện: Công an xã; phối hợp: Trưởng các thôn, bản. Thời gian: Quý II/2025.
2. Công tác hòa giải ở cơ sở
- Kiện toàn các tổ hòa giải ở thôn, bản. Người thực hiện: Công chức Tư pháp - Hộ tịch. Thời gian: Quý I/2025.
III. TỔ CHỨC THỰC HIỆN
Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc việc thực hiện Kế hoạch.`);

  it('reads each bullet as a task, a lone one too, with "Người thực hiện" as its lead', () => {
    expect(draft.tasks.map(({ code, title, lead, timeframe }) => ({ code, title, lead, timeframe }))).toEqual([
      {
        code: '1.1',
        title: 'Tổ chức tuyên truyền pháp luật trên hệ thống loa truyền thanh của xã',
        lead: ['Công chức Tư pháp - Hộ tịch'],
        timeframe: 'Hằng tháng',
      },
      {
        code: '1.2',
        title: 'Tuyên truyền pháp luật về phòng, chống ma túy cho Nhân dân các thôn, bản',
        lead: ['Công an xã'],
        timeframe: 'Quý II/2025',
      },
      {
        code: '2.1',
        title: 'Kiện toàn các tổ hòa giải ở thôn, bản',
        lead: ['Công chức Tư pháp - Hộ tịch'],
        timeframe: 'Quý I/2025',
      },
    ]);
  });
});

describe('parsePlanText on a plan for a year of a programme it quotes', () => {
  it.each([
    'KẾ HOẠCH\nThực hiện Đề án “Tăng cường ứng dụng công nghệ thông tin trong PBGDPL giai đoạn 2019-2025” năm 2025\nSở Tư pháp ban hành Kế hoạch như sau:',
    'KẾ HOẠCH\nNăm 2025\nSở Tư pháp ban hành Kế hoạch thực hiện Đề án “Tăng cường ứng dụng công nghệ thông tin trong PBGDPL giai đoạn 2019-2025” năm 2025 như sau:',
  ])("takes the plan's own year, not the period in the programme's quoted name", (head) => {
    const draft = parsePlanText(
      `${head}\nI. NHIỆM VỤ\n1. Tổ chức hội nghị (Sở Tư pháp chủ trì; thời gian: Quý IV/2025).`,
    );
    expect(draft.period).toEqual({ from: '2025', to: '2025', text: 'năm 2025' });
  });
});

describe('parsePlanText on a plan whose parts are headed "PHẦN I", "PHẦN II"', () => {
  const draft = parsePlanText(
    [
      'ỦY BAN NHÂN DÂN TỈNH YÊN BÁI',
      'KẾ HOẠCH',
      'Thực hiện Chương trình phổ biến, giáo dục pháp luật giai đoạn 2025-2030',
      'PHẦN I',
      'MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích: Triển khai hiệu quả Chương trình.',
      'PHẦN II',
      'NHIỆM VỤ VÀ GIẢI PHÁP',
      '1. Đổi mới nội dung, hình thức phổ biến, giáo dục pháp luật',
      'Cơ quan chủ trì: Sở Tư pháp.',
      'Thời gian: Hằng năm.',
      '2. Xây dựng đội ngũ báo cáo viên pháp luật',
      'Cơ quan chủ trì: Sở Tư pháp.',
      'Thời gian: Năm 2026 và năm 2028.',
      'PHẦN III',
      'TỔ CHỨC THỰC HIỆN',
      'Sở Tư pháp là cơ quan thường trực, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch.',
    ].join('\n'),
  );

  it('reads it as a plan with its tasks, its period from the title and its standing office', () => {
    expect(draft.kind).toBe('plan');
    expect(draft.tasks.map(taskSummary)).toEqual([
      {
        code: '1',
        title: 'Đổi mới nội dung, hình thức phổ biến, giáo dục pháp luật',
        lead: ['Sở Tư pháp'],
        coordinating: [],
        timeframe: 'Hằng năm',
      },
      {
        code: '2',
        title: 'Xây dựng đội ngũ báo cáo viên pháp luật',
        lead: ['Sở Tư pháp'],
        coordinating: [],
        timeframe: 'Năm 2026 và năm 2028',
      },
    ]);
    expect(draft.period).toEqual({ from: '2025', to: '2030', text: 'giai đoạn 2025-2030' });
    expect(draft.standingOffice).toBe('Sở Tư pháp');
  });
});

describe('parsePlanText on a part of its own for reports ("CHẾ ĐỘ THÔNG TIN, BÁO CÁO")', () => {
  const draft = parsePlanText(
    [
      'KẾ HOẠCH',
      'Công tác phổ biến, giáo dục pháp luật năm 2026',
      'I. NHIỆM VỤ',
      '1. Phổ biến các văn bản pháp luật mới (Sở Tư pháp chủ trì; thời gian: Quý I/2026).',
      'II. CHẾ ĐỘ THÔNG TIN, BÁO CÁO',
      '1. Các sở, ban, ngành báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 10/11/2026 để tổng hợp.',
      '2. Sở Tư pháp tổng hợp, báo cáo UBND tỉnh trước ngày 30/11/2026.',
      'III. TỔ CHỨC THỰC HIỆN',
      'Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.',
    ].join('\n'),
  );

  it('reads its reports as it reads those in TỔ CHỨC THỰC HIỆN', () => {
    expect(draft.reportDeadlines).toEqual([
      { who: 'Các sở, ban, ngành', to: 'Sở Tư pháp', deadline: 'trước ngày 10/11/2026', recurring: false },
      { who: 'Sở Tư pháp', to: 'UBND tỉnh', deadline: 'trước ngày 30/11/2026', recurring: false },
    ]);
    expect(draft.standingOffice).toBe('Sở Tư pháp');
  });
});

describe('parsePlanText on a part of its own for checks ("IV. KIỂM TRA, SƠ KẾT, TỔNG KẾT")', () => {
  const draft = parsePlanText(
    [
      'KẾ HOẠCH',
      'Công tác phổ biến, giáo dục pháp luật năm 2026',
      'I. NHIỆM VỤ',
      '1. Phổ biến các văn bản pháp luật mới (Sở Nội vụ chủ trì; thời gian: Quý I/2026).',
      'II. KIỂM TRA, SƠ KẾT, TỔNG KẾT',
      '1. Sở Tư pháp chủ trì tổ chức kiểm tra việc thực hiện Kế hoạch tại một số sở, ngành, địa phương trong tháng 10/2026.',
      '2. Các cơ quan, đơn vị tổ chức tự kiểm tra việc thực hiện Kế hoạch; gửi kết quả tự kiểm tra về Sở Tư pháp trước ngày 30/9/2026.',
      'III. TỔ CHỨC THỰC HIỆN',
      'Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.',
    ].join('\n'),
  );

  it('reads its checks and reports as it reads those in TỔ CHỨC THỰC HIỆN, and no task from it', () => {
    expect(draft.inspection.map((i) => i.text)).toEqual([
      'Sở Tư pháp chủ trì tổ chức kiểm tra việc thực hiện Kế hoạch tại một số sở, ngành, địa phương trong tháng 10/2026',
      'Các cơ quan, đơn vị tổ chức tự kiểm tra việc thực hiện Kế hoạch; gửi kết quả tự kiểm tra về Sở Tư pháp trước ngày 30/9/2026',
    ]);
    expect(draft.reportDeadlines).toEqual([
      { who: 'Các cơ quan, đơn vị', to: 'Sở Tư pháp', deadline: 'trước ngày 30/9/2026', recurring: false },
    ]);
    expect(draft.tasks.map((t) => t.code)).toEqual(['1']);
  });

  it('takes the window a check states in its sentence ("trong tháng 10/2026")', () => {
    expect(draft.inspection.map((i) => i.delayOrWindow)).toEqual(['trong tháng 10/2026', null]);
  });
});

describe('parsePlanText on reporting sentences in TỔ CHỨC THỰC HIỆN that name no reporter', () => {
  const draft = parsePlanText(
    [
      'KẾ HOẠCH',
      'Công tác phổ biến, giáo dục pháp luật năm 2026',
      'I. NHIỆM VỤ',
      '1. Phổ biến các văn bản pháp luật mới (Sở Nội vụ chủ trì; thời gian: Quý I/2026).',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Trách nhiệm thực hiện',
      'a) Sở Tư pháp: Hướng dẫn, theo dõi, đôn đốc việc thực hiện Kế hoạch này.',
      'b) Các sở, ban, ngành: Căn cứ Kế hoạch này, tổ chức thực hiện.',
      '2. Chế độ báo cáo: Định kỳ 6 tháng, năm báo cáo kết quả thực hiện về Sở Tư pháp (báo cáo 6 tháng trước ngày 15/6/2026, báo cáo năm trước ngày 15/11/2026) để tổng hợp.',
      '3. Báo cáo đột xuất',
      '- Báo cáo kết quả kiểm tra gửi về Sở Tư pháp trước ngày 10/12/2026.',
    ].join('\n'),
  );

  it('reads each as a report of no named reporter, to whom it is sent', () => {
    expect(draft.reportDeadlines).toEqual([
      { who: null, to: 'Sở Tư pháp', deadline: 'trước ngày 15/6/2026', recurring: false },
      { who: null, to: 'Sở Tư pháp', deadline: 'trước ngày 15/11/2026', recurring: false },
      { who: null, to: 'Sở Tư pháp', deadline: 'trước ngày 10/12/2026', recurring: false },
    ]);
  });

  it('reads the agencies lettered under the heading, and the standing office among them', () => {
    expect(draft.agencyResponsibilities.map((r) => r.agency)).toEqual(['Sở Tư pháp', 'Các sở, ban, ngành']);
    expect(draft.standingOffice).toBe('Sở Tư pháp');
  });

  it('reads a report from a labelled line (a sentence of its own) and a paragraph below a bullet, and ends the recipient before the mail', () => {
    const { reportDeadlines, inspection } = parsePlanText(
      [
        'KẾ HOẠCH',
        'Công tác phổ biến, giáo dục pháp luật năm 2026',
        'I. NHIỆM VỤ',
        '1. Phổ biến các văn bản pháp luật mới (Sở Nội vụ chủ trì; thời gian: Quý I/2026).',
        'II. TỔ CHỨC THỰC HIỆN',
        '1. Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.',
        '- Các sở, ngành gửi báo cáo kết quả về Sở Tư pháp (qua địa chỉ thư điện tử pbgdpl@stp.gov.vn) trước ngày 05/11/2026.',
        'Thời gian gửi báo cáo: trước ngày 15/11/2026.',
        'Sở Tư pháp tổ chức kiểm tra việc thực hiện Kế hoạch tại một số địa phương.',
      ].join('\n'),
    );
    expect(reportDeadlines).toEqual([
      { who: 'Các sở, ngành', to: 'Sở Tư pháp', deadline: 'trước ngày 05/11/2026', recurring: false },
      // The labelled line below the bullet is the bullet's.
      { who: 'Các sở, ngành', to: null, deadline: 'trước ngày 15/11/2026', recurring: false },
    ]);
    expect(inspection.map((i) => i.text)).toContain(
      'Sở Tư pháp tổ chức kiểm tra việc thực hiện Kế hoạch tại một số địa phương',
    );
  });

  it('names no reporter for a task that names no agency and says to report', () => {
    const { reportDeadlines } = parsePlanText(
      [
        'KẾ HOẠCH',
        'Công tác phổ biến, giáo dục pháp luật năm 2026',
        'I. NHIỆM VỤ',
        '1. Báo cáo kết quả thực hiện gửi Sở Tư pháp trước ngày 10/11/2026.',
      ].join('\n'),
    );
    expect(reportDeadlines).toEqual([
      { who: null, to: 'Sở Tư pháp', deadline: 'trước ngày 10/11/2026', recurring: false },
    ]);
  });
});

describe('parsePlanText on tasks grouped under the agency that carries them out', () => {
  const draft = parsePlanText(
    [
      'KẾ HOẠCH',
      'Tuyên truyền, phổ biến pháp luật về phòng, chống ma túy năm 2026',
      'I. NHIỆM VỤ CỤ THỂ',
      '1. Công an tỉnh',
      '- Chủ trì tổ chức tuyên truyền tại các địa bàn trọng điểm. Thời gian: Quý II/2026.',
      '- Phối hợp với Sở Tư pháp biên soạn tài liệu tuyên truyền. Thời gian: Quý I/2026.',
      '2. Sở Văn hóa, Thể thao và Du lịch',
      '- Chỉ đạo tổ chức các hoạt động văn hóa, văn nghệ tuyên truyền. Thời gian: Tháng 6/2026.',
      '3. Báo Sơn La, Đài Phát thanh và Truyền hình tỉnh',
      '- Mở chuyên mục phổ biến pháp luật về phòng, chống ma túy. Thời gian: Thường xuyên.',
      '- Phối hợp với Công an tỉnh đưa tin về các vụ án ma túy. Phối hợp: Tòa án nhân dân tỉnh.',
      'II. TỔ CHỨC THỰC HIỆN',
      'Công an tỉnh là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện.',
    ].join('\n'),
  );

  it('gives each task its heading agency as the lead, and the partners it names as coordinating', () => {
    expect(draft.tasks.map(({ code, lead, coordinating }) => ({ code, lead, coordinating }))).toEqual([
      { code: '1.1', lead: ['Công an tỉnh'], coordinating: [] },
      { code: '1.2', lead: ['Công an tỉnh'], coordinating: ['Sở Tư pháp'] },
      { code: '2.1', lead: ['Sở Văn hóa, Thể thao và Du lịch'], coordinating: [] },
      { code: '3.1', lead: ['Báo Sơn La', 'Đài Phát thanh và Truyền hình tỉnh'], coordinating: [] },
      {
        code: '3.2',
        lead: ['Báo Sơn La', 'Đài Phát thanh và Truyền hình tỉnh'],
        coordinating: ['Tòa án nhân dân tỉnh'],
      },
    ]);
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.TaskWithoutLead)).toEqual([]);
    expect(draft.warnings.find((w) => w.where === '2.1')?.message).toBe(
      'Nhiệm vụ không ghi cơ quan: cơ quan chủ trì lấy từ tiêu đề “Sở Văn hóa, Thể thao và Du lịch” phía trên',
    );
  });
});

describe('parsePlanText on agency headings closed by a colon, and duties bulleted with no label under them', () => {
  const draft = parsePlanText(
    [
      'KẾ HOẠCH',
      'Phổ biến, giáo dục pháp luật năm 2026',
      'II. NHIỆM VỤ CỤ THỂ',
      '1. Sở Tư pháp:',
      '- Chủ trì tổ chức hội nghị tập huấn cho báo cáo viên pháp luật; thời gian: Quý II/2026.',
      '- Chủ trì, phối hợp với Sở Nội vụ tổ chức Cuộc thi tìm hiểu pháp luật; thời gian: Quý III/2026.',
      '2. Công an tỉnh:',
      '- Tuyên truyền pháp luật về an toàn giao thông.',
      '- Phối hợp với Sở Giáo dục và Đào tạo tuyên truyền pháp luật trong trường học.',
      '3. Đề nghị Ủy ban MTTQ Việt Nam tỉnh:',
      '- Tuyên truyền, vận động nhân dân chấp hành pháp luật.',
      'III. TỔ CHỨC THỰC HIỆN',
      'Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.',
    ].join('\n'),
  );

  it('gives each bullet its heading agency as the lead, each bullet a task', () => {
    expect(draft.tasks.map(({ code, title, lead, coordinating }) => ({ code, title, lead, coordinating }))).toEqual([
      {
        code: '1.1',
        title: 'Chủ trì tổ chức hội nghị tập huấn cho báo cáo viên pháp luật',
        lead: ['Sở Tư pháp'],
        coordinating: [],
      },
      {
        code: '1.2',
        title: 'Chủ trì, phối hợp với Sở Nội vụ tổ chức Cuộc thi tìm hiểu pháp luật',
        lead: ['Sở Tư pháp'],
        coordinating: ['Sở Nội vụ'],
      },
      {
        code: '2.1',
        title: 'Tuyên truyền pháp luật về an toàn giao thông',
        lead: ['Công an tỉnh'],
        coordinating: [],
      },
      {
        code: '2.2',
        title: 'Phối hợp với Sở Giáo dục và Đào tạo tuyên truyền pháp luật trong trường học',
        lead: ['Công an tỉnh'],
        coordinating: ['Sở Giáo dục và Đào tạo'],
      },
      {
        code: '3.1',
        title: 'Tuyên truyền, vận động nhân dân chấp hành pháp luật',
        lead: ['Ủy ban MTTQ Việt Nam tỉnh'],
        coordinating: [],
      },
    ]);
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.TaskWithoutLead)).toEqual([]);
  });
});

describe('parsePlanText on lettered tasks with no label under the agency that carries them out', () => {
  it('reads each lettered item as a task led by the agency above it', () => {
    const draft = parsePlanText(
      [
        'KẾ HOẠCH',
        'Phổ biến, giáo dục pháp luật năm 2026',
        'II. NHIỆM VỤ CỤ THỂ',
        '1. Sở Tư pháp',
        'a) Tổ chức hội nghị tập huấn cho báo cáo viên pháp luật.',
        'b) Tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến.',
        '2. Công an tỉnh:',
        'a) Tuyên truyền pháp luật về an toàn giao thông.',
        'III. TỔ CHỨC THỰC HIỆN',
        'Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.',
      ].join('\n'),
    );
    expect(draft.tasks.map(({ code, lead }) => ({ code, lead }))).toEqual([
      { code: '1.a', lead: ['Sở Tư pháp'] },
      { code: '1.b', lead: ['Sở Tư pháp'] },
      { code: '2.a', lead: ['Công an tỉnh'] },
    ]);
  });
});

describe('parsePlanText on labels a group of tasks shares', () => {
  const draft = parsePlanText(
    [
      'KẾ HOẠCH',
      'Phổ biến pháp luật năm 2026',
      'I. NHIỆM VỤ',
      '1. Tuyên truyền trên các phương tiện thông tin đại chúng',
      'Thời gian thực hiện: Thường xuyên.',
      '1.1. Mở chuyên mục pháp luật trên Báo tỉnh.',
      'Cơ quan chủ trì: Báo tỉnh.',
      '1.2. Xây dựng phóng sự về phổ biến pháp luật.',
      'Cơ quan chủ trì: Đài Phát thanh và Truyền hình tỉnh.',
      'Thời gian thực hiện: Quý IV/2026.',
      '2. Tổ chức các hội nghị',
      'Cơ quan chủ trì: Sở Tư pháp.',
      'Cơ quan phối hợp: Sở Nội vụ.',
      '2.1. Hội nghị quán triệt Luật mới.',
      'Thời gian: Quý I/2026.',
      '2.2. Hội nghị tập huấn báo cáo viên.',
      'Cơ quan phối hợp: Hội Luật gia tỉnh.',
      'Thời gian: Quý III/2026.',
      'II. TỔ CHỨC THỰC HIỆN',
      'Sở Tư pháp theo dõi, đôn đốc việc thực hiện.',
    ].join('\n'),
  );

  it('gives each task what its group states and it does not', () => {
    expect(
      draft.tasks.map(({ code, lead, coordinating, timeframe }) => ({ code, lead, coordinating, timeframe })),
    ).toEqual([
      { code: '1.1', lead: ['Báo tỉnh'], coordinating: [], timeframe: 'Thường xuyên' },
      { code: '1.2', lead: ['Đài Phát thanh và Truyền hình tỉnh'], coordinating: [], timeframe: 'Quý IV/2026' },
      { code: '2.1', lead: ['Sở Tư pháp'], coordinating: ['Sở Nội vụ'], timeframe: 'Quý I/2026' },
      { code: '2.2', lead: ['Sở Tư pháp'], coordinating: ['Hội Luật gia tỉnh'], timeframe: 'Quý III/2026' },
    ]);
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.TaskWithoutLead)).toEqual([]);
  });
});

describe("parsePlanText on a plan named after a law's year", () => {
  const plan = (issuing: string, date = 'Hà Giang, ngày 14 tháng 4 năm 2026') =>
    parsePlanText(
      `UBND TỈNH HÀ GIANG\n${date}\nKẾ HOẠCH\nTriển khai thi hành Luật Phòng, chống mua bán người năm 2024 trên địa bàn tỉnh\n${issuing}\nI. NHIỆM VỤ\n1. Tổ chức hội nghị quán triệt Luật (Công an tỉnh chủ trì; thời gian: Quý II/2026).`,
    );

  it("takes the plan's year, not the year in the law's name", () => {
    const draft = plan(
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật Phòng, chống mua bán người năm 2024 trong năm 2026 như sau:',
    );
    expect(draft.period).toEqual({ from: '2026', to: '2026', text: 'năm 2026' });
  });

  it('names no period rather than one over before the plan was issued', () => {
    const draft = plan(
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật Phòng, chống mua bán người năm 2024 như sau:',
    );
    expect(draft.period).toBeNull();
  });

  it("still takes the law's year when the plan was issued that year and names no other", () => {
    const draft = plan(
      'Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thi hành Luật Phòng, chống mua bán người năm 2024 như sau:',
      'Hà Giang, ngày 14 tháng 8 năm 2024',
    );
    expect(draft.period).toMatchObject({ from: '2024', to: '2024' });
  });
});

describe('parsePlanText on the number and date lines as offices type them', () => {
  const header = (numberLine: string, dateLine: string) =>
    parsePlanText(`UBND TỈNH LAI CHÂU
${numberLine}
${dateLine}
KẾ HOẠCH
Phổ biến pháp luật năm 2025
Thực hiện Kế hoạch số 4321/KH-UBND ngày 25/12/2024 của UBND tỉnh, Sở Tư pháp ban hành Kế hoạch như sau:
I. NHIỆM VỤ
1. Tổ chức hội nghị (Sở Tư pháp chủ trì; thời gian: Quý I/2025).`);

  it.each([
    ['Số: 125 /KH-UBND', '125/KH-UBND'],
    ['Số 125/KH-UBND', '125/KH-UBND'],
    ['Số:125/KH-UBND', '125/KH-UBND'],
    ['Số:      /KH-UBND', null],
  ])('reads the number in "%s"', (numberLine, number) => {
    expect(header(numberLine, 'Lai Châu, ngày 15 tháng 01 năm 2025').number).toBe(number);
  });

  it("reads a date line written in figures, and not a cited document's date", () => {
    expect(header('Số: 125/KH-UBND', 'Lai Châu, ngày 15/01/2025').issuedDate).toBe('2025-01-15');
    expect(header('Số: 125/KH-UBND', 'Lai Châu, ngày      tháng 01 năm 2025').issuedDate).toBeNull();
  });
});

describe('parsePlanText on a plan whose opening cites a decision that issued a plan too', () => {
  it('takes the issuer from the sentence that introduces this plan, not from the decision it cites', () => {
    const draft = parsePlanText(`KẾ HOẠCH
Triển khai thi hành Luật Phổ biến, giáo dục pháp luật trên địa bàn tỉnh
Thực hiện Quyết định số 987/QĐ-TTg ngày 01/8/2025 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai thực hiện trên địa bàn tỉnh như sau:
I. NỘI DUNG
1. Tổ chức hội nghị quán triệt Luật (Sở Tư pháp chủ trì; thời gian: Quý IV/2025).`);
    expect(draft.issuer).toBe('Ủy ban nhân dân tỉnh');
    expect(draft.basis).toEqual(['Quyết định số 987/QĐ-TTg ngày 01/8/2025']);
  });

  it("reads the period from this plan's name, though semicolons part it as the Bộ's yearly plans have them", () => {
    const draft = parsePlanText(`KẾ HOẠCH
Phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; chuẩn tiếp cận pháp luật năm 2025
Thực hiện Quyết định số 45/QĐ-BTP ngày 10/01/2025 của Bộ Tư pháp ban hành Kế hoạch công tác PBGDPL năm 2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch phổ biến, giáo dục pháp luật; hòa giải ở cơ sở; chuẩn tiếp cận pháp luật năm 2025 như sau:
I. NỘI DUNG
1. Tổ chức Hội thi hòa giải viên giỏi (Sở Tư pháp chủ trì; thời gian: Quý III/2025).`);
    expect(draft.issuer).toBe('Ủy ban nhân dân tỉnh');
    expect(draft.period).toEqual({ from: '2025', to: '2025', text: 'năm 2025' });
  });

  it('titles a bullet "the work: who leads it; when" by the work alone', () => {
    const draft = parsePlanText(`KẾ HOẠCH
Triển khai thi hành Luật Phổ biến, giáo dục pháp luật trên địa bàn tỉnh
I. NỘI DUNG
1. Sơ kết, tổng kết
- Sơ kết 03 năm thi hành Luật: Sở Tư pháp chủ trì; thời gian: Năm 2028.
- Tổng kết 05 năm thi hành Luật: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ; thời gian: Năm 2030.`);
    expect(
      draft.tasks.map(({ code, title, lead, coordinating, timeframe }) => ({
        code,
        title,
        lead,
        coordinating,
        timeframe,
      })),
    ).toEqual([
      {
        code: '1.1',
        title: 'Sơ kết 03 năm thi hành Luật',
        lead: ['Sở Tư pháp'],
        coordinating: [],
        timeframe: 'Năm 2028',
      },
      {
        code: '1.2',
        title: 'Tổng kết 05 năm thi hành Luật',
        lead: ['Sở Tư pháp'],
        coordinating: ['Sở Nội vụ'],
        timeframe: 'Năm 2030',
      },
    ]);
  });
});

describe('parsePlanText on items that open with their doer and a colon ("Công an xã: Tuyên truyền …")', () => {
  it('takes the agency before the colon as the lead and the work after it as the title', () => {
    const draft = parsePlanText(`KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
II. NỘI DUNG THỰC HIỆN
1. Công an xã: Tuyên truyền pháp luật về an ninh, trật tự tại các ấp; thời gian: Quý II/2026.
2. Đoàn Thanh niên xã, Hội Liên hiệp Phụ nữ xã: Tổ chức sân chơi pháp luật cho thanh niên. Thời gian: Tháng 9/2026.
3. Luật Đất đai: Phổ biến tại các ấp. Thời gian: Quý III/2026.`);
    expect(draft.tasks.map(({ code, title, lead, timeframe }) => ({ code, title, lead, timeframe }))).toEqual([
      {
        code: '1',
        title: 'Tuyên truyền pháp luật về an ninh, trật tự tại các ấp',
        lead: ['Công an xã'],
        timeframe: 'Quý II/2026',
      },
      {
        code: '2',
        title: 'Tổ chức sân chơi pháp luật cho thanh niên',
        lead: ['Đoàn Thanh niên xã', 'Hội Liên hiệp Phụ nữ xã'],
        timeframe: 'Tháng 9/2026',
      },
      { code: '3', title: 'Luật Đất đai: Phổ biến tại các ấp', lead: [], timeframe: 'Quý III/2026' },
    ]);
  });

  it('reads who leads after a dash that closes the work ("Tổ chức hội nghị … – Sở Tư pháp chủ trì, …")', () => {
    const draft = parsePlanText(`KẾ HOẠCH
Tuyên truyền, phổ biến pháp luật năm 2026
II. NHIỆM VỤ CỤ THỂ
1. Tổ chức hội nghị tập huấn nghiệp vụ cho báo cáo viên pháp luật – Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, thời gian Quý II/2026.
2. Tập huấn cho công chức Phòng Văn hóa - Thông tin các xã. Thời gian: Quý III/2026.`);
    expect(draft.tasks.map(({ code, title, lead, coordinating }) => ({ code, title, lead, coordinating }))).toEqual([
      {
        code: '1',
        title: 'Tổ chức hội nghị tập huấn nghiệp vụ cho báo cáo viên pháp luật',
        lead: ['Sở Tư pháp'],
        coordinating: ['Sở Nội vụ'],
      },
      {
        code: '2',
        title: 'Tập huấn cho công chức Phòng Văn hóa - Thông tin các xã',
        lead: [],
        coordinating: [],
      },
    ]);
  });
});

describe('parsePlanText on items closed by the agencies in parentheses, their time on a line below', () => {
  const draft = parsePlanText(`KẾ HOẠCH
Công tác phổ biến, giáo dục pháp luật năm 2026
II. NHIỆM VỤ
1. Tổ chức hội nghị quán triệt các luật mới được Quốc hội thông qua (Sở Tư pháp).
Thời gian: Quý I/2026.
2. Tổ chức Ngày Pháp luật Việt Nam năm 2026 (Sở Tư pháp, các sở, ngành, UBND các xã, phường).
Thời gian: Tháng 11/2026.
3. Phổ biến pháp luật cho đồng bào dân tộc thiểu số (Ban Dân tộc tỉnh chủ trì; Sở Tư pháp phối hợp).
Thời gian: Năm 2026.
4. Phổ biến Luật Đất đai cho cán bộ cấp xã (cấp huyện, cấp xã).
Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.`);

  it('takes the names as the lead, and the title without them', () => {
    expect(draft.tasks.map(({ code, title, lead, coordinating }) => ({ code, title, lead, coordinating }))).toEqual([
      {
        code: '1',
        title: 'Tổ chức hội nghị quán triệt các luật mới được Quốc hội thông qua',
        lead: ['Sở Tư pháp'],
        coordinating: [],
      },
      {
        code: '2',
        title: 'Tổ chức Ngày Pháp luật Việt Nam năm 2026',
        lead: ['Sở Tư pháp', 'các sở, ngành', 'UBND các xã, phường'],
        coordinating: [],
      },
      {
        code: '3',
        title: 'Phổ biến pháp luật cho đồng bào dân tộc thiểu số',
        lead: ['Ban Dân tộc tỉnh'],
        coordinating: ['Sở Tư pháp'],
      },
      {
        code: '4',
        title: 'Phổ biến Luật Đất đai cho cán bộ cấp xã (cấp huyện, cấp xã)',
        lead: ['Sở Nông nghiệp và Môi trường'],
        coordinating: [],
      },
    ]);
  });
});

describe('parsePlanText on items that name only who carries them out ("Thực hiện: …")', () => {
  const draft = parsePlanText(PERFORMER_ONLY_PLAN);

  it('takes those named as the lead, and a partner after "phối hợp với" as coordinating', () => {
    expect(draft.tasks.map(({ lead, coordinating }) => ({ lead, coordinating }))).toEqual([
      { lead: ['Phòng Tư pháp', 'UBND các xã, thị trấn'], coordinating: [] },
      { lead: ['Phòng Tư pháp'], coordinating: ['Trung tâm Văn hóa, Thể thao và Truyền thông huyện'] },
      { lead: ['UBND các xã, thị trấn'], coordinating: [] },
    ]);
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.TaskWithoutLead)).toEqual([]);
  });
});

const PROSE_ITEMS_PLAN = `ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN
Số: 90/KH-UBND Lạng Sơn, ngày 02 tháng 4 năm 2026
KẾ HOẠCH
Triển khai thi hành Luật sửa đổi, bổ sung một số điều của Luật Phổ biến, giáo dục pháp luật
Thực hiện Quyết định số 456/QĐ-TTg ngày 20/3/2026 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Kế hoạch triển khai như sau:
I. MỤC ĐÍCH, YÊU CẦU
Xác định cụ thể nội dung công việc, thời hạn, tiến độ hoàn thành.
II. NỘI DUNG
1. Tổ chức quán triệt, phổ biến Luật
a) Tổ chức hội nghị quán triệt cho lãnh đạo các sở, ban, ngành. Sở Tư pháp chủ trì, phối hợp với Văn phòng UBND tỉnh thực hiện trong Quý II năm 2026.
b) Biên soạn tài liệu giới thiệu nội dung Luật. Sở Tư pháp thực hiện, hoàn thành trước ngày 30/6/2026.
2. Rà soát văn bản quy phạm pháp luật có liên quan
Các sở, ban, ngành, UBND các xã, phường rà soát văn bản thuộc lĩnh vực quản lý, gửi kết quả về Sở Tư pháp trước ngày 15/7/2026 để tổng hợp.
III. TỔ CHỨC THỰC HIỆN
Sở Tư pháp theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này, báo cáo UBND tỉnh trước ngày 15/12/2026.`;

describe('parsePlanText on items written as prose under a NỘI DUNG part', () => {
  const draft = parsePlanText(PROSE_ITEMS_PLAN);

  it('reads every leaf as a task, its agencies from its sentences, a heading line apart from the text below it', () => {
    expect(draft.tasks.map(({ code, title, lead, coordinating }) => ({ code, title, lead, coordinating }))).toEqual([
      {
        code: '1.a',
        title: 'Tổ chức hội nghị quán triệt cho lãnh đạo các sở, ban, ngành',
        lead: ['Sở Tư pháp'],
        coordinating: ['Văn phòng UBND tỉnh'],
      },
      { code: '1.b', title: 'Biên soạn tài liệu giới thiệu nội dung Luật', lead: ['Sở Tư pháp'], coordinating: [] },
      {
        code: '2',
        title: 'Rà soát văn bản quy phạm pháp luật có liên quan',
        lead: ['Các sở, ban, ngành', 'UBND các xã, phường'],
        coordinating: [],
      },
    ]);
  });

  it('cites only what the opening clause names, not a law in the title', () => {
    expect(draft.basis).toEqual(['Quyết định số 456/QĐ-TTg ngày 20/3/2026']);
  });

  it('leaves the time frame to a label, and tells the time its sentences name for the coordinator to set', () => {
    expect(draft.tasks.map((task) => task.timeframe)).toEqual([null, null, null]);
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.TimeframeInProse)).toEqual([
      {
        code: 'timeframe-in-prose',
        where: '1.a',
        message: expect.stringContaining('“trong Quý II năm 2026”'),
        value: 'trong Quý II năm 2026',
      },
      {
        code: 'timeframe-in-prose',
        where: '1.b',
        message: expect.stringContaining('“trước ngày 30/6/2026”'),
        value: 'trước ngày 30/6/2026',
      },
      {
        code: 'timeframe-in-prose',
        where: '2',
        message: expect.stringContaining('“trước ngày 15/7/2026”'),
        value: 'trước ngày 15/7/2026',
      },
    ]);
  });
});

describe('parsePlanText on lettered items written "a." rather than "a)"', () => {
  const draft = parsePlanText(`SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 150/KH-SGDĐT Hà Tĩnh, ngày 12 tháng 02 năm 2026
KẾ HOẠCH
Phổ biến, giáo dục pháp luật trong ngành Giáo dục năm 2026
Căn cứ Kế hoạch số 60/KH-UBND ngày 01/02/2026 của UBND tỉnh, Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:
I. NHIỆM VỤ CỤ THỂ
1. Phổ biến pháp luật cho cán bộ, giáo viên
a. Tổ chức tập huấn kiến thức pháp luật cho cán bộ quản lý.
- Đơn vị chủ trì: Văn phòng Sở.
- Thời gian: Tháng 8/2026.
b. Lồng ghép giáo dục pháp luật trong các môn học chính khóa.
- Đơn vị chủ trì: Phòng Giáo dục Trung học.
- Thời gian: Tháng 9/2026.
II. TỔ CHỨC THỰC HIỆN
Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch.`);

  it('reads each lettered item as a task of its own', () => {
    expect(draft.tasks.map(({ code, lead, timeframe }) => ({ code, lead, timeframe }))).toEqual([
      { code: '1.a', lead: ['Văn phòng Sở'], timeframe: 'Tháng 8/2026' },
      { code: '1.b', lead: ['Phòng Giáo dục Trung học'], timeframe: 'Tháng 9/2026' },
    ]);
  });
});

describe('parsePlanText on dash bullets whose own labels are written with "+"', () => {
  const draft = parsePlanText(`SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 2150/KH-SGDĐT Thanh Hóa, ngày 22 tháng 8 năm 2025
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm học 2025 - 2026
Căn cứ Kế hoạch số 60/KH-UBND ngày 01/02/2025 của UBND tỉnh, Sở Giáo dục và Đào tạo xây dựng Kế hoạch như sau:
I. NHIỆM VỤ CỤ THỂ
2.1. Tổ chức "Tuần sinh hoạt công dân" đầu năm học.
- Đối với các trường trung học phổ thông trực thuộc Sở:
+ Chủ trì: Phòng Giáo dục trung học.
+ Phối hợp: Công an tỉnh; Tỉnh đoàn.
+ Thời gian: Tuần đầu tháng 9/2025.
- Đối với các trường tiểu học do UBND các xã, phường quản lý:
+ Chủ trì: Phòng Giáo dục mầm non và Tiểu học.
+ Phối hợp: UBND các xã, phường.
+ Thời gian: Tháng 9/2025.
2.2. Lồng ghép nội dung giáo dục pháp luật trong các môn học.
+ Chủ trì: Phòng Giáo dục trung học.
+ Thời gian: Tháng 10/2025.
II. TỔ CHỨC THỰC HIỆN
Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch.`);

  it('reads each bullet as a task with its own agencies and time, and an item with "+" labels alone as one task', () => {
    expect(roles(draft.tasks)).toEqual([
      {
        code: '2.1.1',
        lead: ['Phòng Giáo dục trung học'],
        coordinating: ['Công an tỉnh', 'Tỉnh đoàn'],
        timeframe: 'Tuần đầu tháng 9/2025',
      },
      {
        code: '2.1.2',
        lead: ['Phòng Giáo dục mầm non và Tiểu học'],
        coordinating: ['UBND các xã, phường'],
        timeframe: 'Tháng 9/2025',
      },
      { code: '2.2', lead: ['Phòng Giáo dục trung học'], coordinating: [], timeframe: 'Tháng 10/2025' },
    ]);
  });
});

describe('parsePlanText on the period of a school year, and of a sentence saying when the plan runs', () => {
  const header = (title: string, clause: string, body = '') => `SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 2150/KH-SGDĐT Thanh Hóa, ngày 22 tháng 8 năm 2025
KẾ HOẠCH
${title}
Căn cứ Kế hoạch số 60/KH-UBND ngày 01/02/2025 của UBND tỉnh, ${clause}
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức chấp hành pháp luật.${body}
II. NHIỆM VỤ
1. Tổ chức tập huấn kiến thức pháp luật cho cán bộ quản lý.
Chủ trì: Văn phòng Sở.
Thời gian: Tháng 9/2025.`;

  it('reads "năm học 2025 - 2026" in the issuing clause as 2025 to 2026', () => {
    const draft = parsePlanText(
      header(
        'Công tác phổ biến, giáo dục pháp luật năm học 2025 - 2026',
        'Sở Giáo dục và Đào tạo xây dựng Kế hoạch công tác phổ biến, giáo dục pháp luật năm học 2025 - 2026 như sau:',
      ),
    );
    expect(draft.period).toEqual({ from: '2025', to: '2026', text: 'năm học 2025 - 2026' });
  });

  it('reads "Kế hoạch được triển khai từ tháng 10/2024 đến hết năm 2025" in the body', () => {
    const draft = parsePlanText(
      header(
        'Triển khai Luật Trật tự, an toàn giao thông đường bộ',
        'Công an tỉnh xây dựng Kế hoạch như sau:',
        '\nKế hoạch được triển khai từ tháng 10/2024 đến hết năm 2025 trong lực lượng Công an tỉnh.',
      ),
    );
    expect(draft.period).toEqual({ from: '2024', to: '2025', text: 'từ tháng 10/2024 đến hết năm 2025' });
  });
});

describe('parsePlanText on tasks headed "Nhiệm vụ 1:", "Nhiệm vụ 2:"', () => {
  const draft = parsePlanText(`BỘ CHỈ HUY QUÂN SỰ TỈNH
Số: 86/KH-BCH Sơn La, ngày 09 tháng 01 năm 2026
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh, Bộ Chỉ huy Quân sự tỉnh xây dựng Kế hoạch như sau:
I. NHIỆM VỤ CỤ THỂ
Nhiệm vụ 1: Quán triệt, phổ biến Luật Quốc phòng và các văn bản pháp luật mới về quốc phòng
Tổ chức quán triệt tập trung cho cán bộ chủ trì các cơ quan, đơn vị.
- Cơ quan chủ trì: Phòng Chính trị.
- Thời gian: Quý I/2026.
Nhiệm vụ 2: Phổ biến pháp luật cho lực lượng dân quân tự vệ
- Cơ quan chủ trì: Phòng Tham mưu.
- Cơ quan phối hợp: Phòng Chính trị.
- Thời gian: Quý II/2026.
II. TỔ CHỨC THỰC HIỆN
Phòng Chính trị theo dõi, đôn đốc việc thực hiện Kế hoạch.`);

  it('reads each as a numbered task, its heading as the title', () => {
    expect(draft.tasks.map(({ code, title, lead, timeframe }) => ({ code, title, lead, timeframe }))).toEqual([
      {
        code: '1',
        title: 'Quán triệt, phổ biến Luật Quốc phòng và các văn bản pháp luật mới về quốc phòng',
        lead: ['Phòng Chính trị'],
        timeframe: 'Quý I/2026',
      },
      {
        code: '2',
        title: 'Phổ biến pháp luật cho lực lượng dân quân tự vệ',
        lead: ['Phòng Tham mưu'],
        timeframe: 'Quý II/2026',
      },
    ]);
  });
});

describe('parsePlanText on Markdown whose tasks are bold headings without a number', () => {
  const draft = parsePlanText(`**SỞ Y TẾ**

Số: 3415/KH-SYT *Nghệ An, ngày 06 tháng 10 năm 2025*

**KẾ HOẠCH**

**Hưởng ứng Ngày Pháp luật Việt Nam năm 2025**

Căn cứ Kế hoạch số 512/KH-UBND ngày 01/10/2025 của UBND tỉnh, Sở Y tế xây dựng Kế hoạch như sau:

**I. MỤC ĐÍCH, YÊU CẦU**

- Nâng cao nhận thức pháp luật của viên chức ngành Y tế.

**II. NỘI DUNG, HÌNH THỨC HƯỞNG ỨNG**

**1. Nội dung trọng tâm**

- Luật Phòng bệnh năm 2025; Luật Khám bệnh, chữa bệnh năm 2023.

- Quy tắc ứng xử của viên chức trong các cơ sở y tế.

**2. Hoạt động tuyên truyền**

**Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở**

Đơn vị thực hiện: Văn phòng Sở; các đơn vị trực thuộc Sở.

Thời gian: Từ ngày 15/10 - 15/11/2025.

**Tổ chức Hội nghị phổ biến pháp luật cho viên chức, người lao động**
**cơ quan Sở**

Đơn vị chủ trì: Phòng Nghiệp vụ Y.

Đơn vị phối hợp: Văn phòng Sở, Phòng Nghiệp vụ Dược.

Thời gian: Dịp 09/11/2025.

**III. TỔ CHỨC THỰC HIỆN**

Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch.`);

  it('reads each bold heading with its labels as a task, numbered by its place, and a content heading as none', () => {
    expect(draft.tasks.map(taskSummary)).toEqual([
      {
        code: '2.1',
        title: 'Treo băng rôn, khẩu hiệu hưởng ứng Ngày Pháp luật tại trụ sở',
        lead: ['Văn phòng Sở', 'các đơn vị trực thuộc Sở'],
        coordinating: [],
        timeframe: 'Từ ngày 15/10 - 15/11/2025',
      },
      {
        code: '2.2',
        title: 'Tổ chức Hội nghị phổ biến pháp luật cho viên chức, người lao động cơ quan Sở',
        lead: ['Phòng Nghiệp vụ Y'],
        coordinating: ['Văn phòng Sở', 'Phòng Nghiệp vụ Dược'],
        timeframe: 'Dịp 09/11/2025',
      },
    ]);
  });
});

describe('parsePlanText on other numberings: "(1)", "1)" under "1.", "II.1.", and labels written "Chủ trì - …"', () => {
  const plan = (body: string) =>
    parsePlanText(`HỘI LUẬT GIA TỈNH
Số: 09/KH-HLG Bắc Ninh, ngày 10 tháng 02 năm 2026
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh, Ban Thường vụ Hội Luật gia tỉnh xây dựng Kế hoạch như sau:
II. NỘI DUNG HOẠT ĐỘNG
${body}
III. TỔ CHỨC THỰC HIỆN
Văn phòng Hội theo dõi, đôn đốc việc thực hiện Kế hoạch.`);
  const summary = (body: string) => plan(body).tasks.map(taskSummary);

  it('reads "(1)", "(2)" as numbered tasks', () => {
    expect(
      summary(`(1) Tổ chức hội nghị phổ biến pháp luật tại các xã biên giới.
– **Cơ quan chủ trì:** Sở Dân tộc và Tôn giáo.
— **Thời gian:** Quý II/2026.
(2) Biên soạn tài liệu song ngữ Việt - Mông.
– **Cơ quan chủ trì:** Sở Tư pháp.
— **Thời gian:** Quý III/2026.`),
    ).toEqual([
      {
        code: '1',
        title: 'Tổ chức hội nghị phổ biến pháp luật tại các xã biên giới',
        lead: ['Sở Dân tộc và Tôn giáo'],
        coordinating: [],
        timeframe: 'Quý II/2026',
      },
      {
        code: '2',
        title: 'Biên soạn tài liệu song ngữ Việt - Mông',
        lead: ['Sở Tư pháp'],
        coordinating: [],
        timeframe: 'Quý III/2026',
      },
    ]);
  });

  it('reads "1)", "2)" restarting under each numbered group as its sub-items', () => {
    expect(
      roles(
        plan(`1. Phổ biến pháp luật cho công chức
1) Quán triệt Luật Đất đai năm 2024 cho công chức.
Chủ trì: Văn phòng Sở. Phối hợp: Phòng Quản lý đất đai. Thời gian: Quý II/2026.
2) Phổ biến các quy định về sắp xếp tổ chức bộ máy.
Chủ trì: Văn phòng Sở; phối hợp: Phòng Tổ chức; thời gian: Tháng 5/2026.
2. Phổ biến pháp luật cho Nhân dân
1) Phổ biến pháp luật về trồng trọt cho nông dân.
Chủ trì: Chi cục Trồng trọt. Thời gian: Năm 2026.`).tasks,
      ),
    ).toEqual([
      { code: '1.1', lead: ['Văn phòng Sở'], coordinating: ['Phòng Quản lý đất đai'], timeframe: 'Quý II/2026' },
      { code: '1.2', lead: ['Văn phòng Sở'], coordinating: ['Phòng Tổ chức'], timeframe: 'Tháng 5/2026' },
      { code: '2.1', lead: ['Chi cục Trồng trọt'], coordinating: [], timeframe: 'Năm 2026' },
    ]);
  });

  it('reads "II.1.", "II.3.1." as items 1 and 3.1, and "Chủ trì - …" as a label', () => {
    expect(
      roles(
        plan(`II.1. Tham gia phổ biến các luật mới cho hội viên.
Chủ trì - Ban Thường vụ Hội Luật gia tỉnh
Phối hợp – Các chi hội Luật gia trực thuộc
Thời gian - Quý II/2026
II.3. Tham gia hòa giải ở cơ sở
II.3.1. Hỗ trợ các tổ hòa giải giải quyết vụ việc phức tạp.
Chủ trì - Các chi hội Luật gia trực thuộc
Thời gian - Thường xuyên`).tasks,
      ),
    ).toEqual([
      {
        code: '1',
        lead: ['Ban Thường vụ Hội Luật gia tỉnh'],
        coordinating: ['Các chi hội Luật gia trực thuộc'],
        timeframe: 'Quý II/2026',
      },
      { code: '3.1', lead: ['Các chi hội Luật gia trực thuộc'], coordinating: [], timeframe: 'Thường xuyên' },
    ]);
  });

  it('reads an item that ends with its roles and time in parentheses, or its labels set off by dashes, and a year in parentheses as its title', () => {
    expect(
      plan(`1. Tổ chức hội nghị tập huấn cho báo cáo viên (Sở Tư pháp chủ trì, phối hợp Sở Nội vụ; thời gian: Quý II/2026).
2. Phổ biến pháp luật về an toàn giao thông cho học sinh (Công an tỉnh chủ trì; Quý III/2026).
3. Xây dựng chuyên trang pháp luật trên Cổng Thông tin điện tử tỉnh - Đơn vị chủ trì: Sở Khoa học và Công nghệ - Thời gian: Quý IV/2026.
4. Tuyên truyền Luật Đất đai (Luật số 31/2024/QH15). Chủ trì: Sở Nông nghiệp và Môi trường. Thời gian: Quý I/2026.
5. Tổ chức Ngày Pháp luật Việt Nam (năm 2026).
Chủ trì: Sở Tư pháp. Thời gian: Tháng 11/2026.`).tasks.map(taskSummary),
    ).toEqual([
      {
        code: '1',
        title: 'Tổ chức hội nghị tập huấn cho báo cáo viên',
        lead: ['Sở Tư pháp'],
        coordinating: ['Sở Nội vụ'],
        timeframe: 'Quý II/2026',
      },
      {
        code: '2',
        title: 'Phổ biến pháp luật về an toàn giao thông cho học sinh',
        lead: ['Công an tỉnh'],
        coordinating: [],
        timeframe: 'Quý III/2026',
      },
      {
        code: '3',
        title: 'Xây dựng chuyên trang pháp luật trên Cổng Thông tin điện tử tỉnh',
        lead: ['Sở Khoa học và Công nghệ'],
        coordinating: [],
        timeframe: 'Quý IV/2026',
      },
      {
        code: '4',
        title: 'Tuyên truyền Luật Đất đai (Luật số 31/2024/QH15)',
        lead: ['Sở Nông nghiệp và Môi trường'],
        coordinating: [],
        timeframe: 'Quý I/2026',
      },
      {
        code: '5',
        title: 'Tổ chức Ngày Pháp luật Việt Nam (năm 2026)',
        lead: ['Sở Tư pháp'],
        coordinating: [],
        timeframe: 'Tháng 11/2026',
      },
    ]);
  });

  it('reads a label line that names the lead and its partners, after a colon or a dash', () => {
    expect(
      roles(
        plan(`1. Phổ biến Luật Đất đai cho hội viên.
Cơ quan chủ trì, phối hợp: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Công an tỉnh.
Thời gian: Quý II/2026.
2. Tư vấn pháp luật miễn phí cho người dân.
Chủ trì - Văn phòng Hội chủ trì, phối hợp với Trung tâm Trợ giúp pháp lý nhà nước tỉnh
Thời gian - Quý III/2026`).tasks,
      ),
    ).toEqual([
      { code: '1', lead: ['Sở Tư pháp'], coordinating: ['Sở Nội vụ', 'Công an tỉnh'], timeframe: 'Quý II/2026' },
      {
        code: '2',
        lead: ['Văn phòng Hội'],
        coordinating: ['Trung tâm Trợ giúp pháp lý nhà nước tỉnh'],
        timeframe: 'Quý III/2026',
      },
    ]);
  });
});

describe('parsePlanText on an opening clause that cites another issuer "ban hành Kế hoạch"', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN
TỈNH HÀ TĨNH
Số: 38/KH-UBND
Hà Tĩnh, ngày 25 tháng 01 năm 2021
KẾ HOẠCH
Thực hiện Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư
Thực hiện Kết luận số 80-KL/TW ngày 20/6/2020 của Ban Bí thư; Quyết định
số 1521/QĐ-TTg ngày 06/10/2020 của Thủ tướng Chính phủ ban hành Kế hoạch
thực hiện Kết luận số 80-KL/TW; Kế hoạch số 215-KH/TU ngày 15/12/2020 của
Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện trên
địa bàn tỉnh giai đoạn 2021 - 2025 như sau:
I. NHIỆM VỤ, GIẢI PHÁP
1. Tổ chức quán triệt Kết luận số 80-KL/TW cho cán bộ chủ chốt.
Cơ quan chủ trì: Sở Tư pháp.
Thời gian thực hiện: Quý I/2021.
II. TỔ CHỨC THỰC HIỆN
Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.`);

  it('takes the issuer and the period from the sentence that issues this plan, not from a cited one', () => {
    expect(draft).toMatchObject({
      issuer: 'Ủy ban nhân dân tỉnh',
      period: { from: '2021', to: '2025' },
      basis: [
        'Kết luận số 80-KL/TW ngày 20/6/2020',
        'Quyết định số 1521/QĐ-TTg ngày 06/10/2020',
        'Kế hoạch số 215-KH/TU ngày 15/12/2020',
      ],
    });
  });
});

describe('parsePlanText on a plan with no sentence that issues it', () => {
  const LETTERHEAD = `ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LAI CHÂU\tĐộc lập - Tự do - Hạnh phúc
Số: 12/KH-UBND\tLai Châu, ngày 5 tháng 3 năm 2024
KẾ HOẠCH
Tuyên truyền, phổ biến pháp luật năm 2024
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức pháp luật của Nhân dân.
II. NHIỆM VỤ
1. Tổ chức Ngày Pháp luật năm 2024.
Cơ quan chủ trì: Sở Tư pháp.
Thời gian thực hiện: Tháng 11 năm 2024.`;

  it('takes the issuer from the letterhead', () => {
    expect(parsePlanText(LETTERHEAD)).toMatchObject({
      kind: 'plan',
      number: '12/KH-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
      issuedDate: '2024-03-05',
    });
  });

  it('takes the issuing sentence over the letterhead where the plan has one', () => {
    const issued = LETTERHEAD.replace(
      'I. MỤC ĐÍCH, YÊU CẦU',
      'Thực hiện Kế hoạch số 3/KH-UBND ngày 10/01/2024, Sở Tư pháp ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU',
    );
    expect(parsePlanText(issued).issuer).toBe('Sở Tư pháp');
  });
});

describe('parsePlanText on a district plan whose lines name the advising office and councils by their work', () => {
  const draft = parsePlanText(`UBND HUYỆN TAM ĐƯỜNG
Số: 45/KH-UBND - Tam Đường, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
Thực hiện Kế hoạch số 120/KH-UBND ngày 20/12/2025 của UBND tỉnh, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
I. NHIỆM VỤ
1. Kiện toàn đội ngũ báo cáo viên pháp luật huyện, tuyên truyền viên pháp luật cấp xã.
- Cơ quan thực hiện: Phòng Tư pháp tham mưu UBND huyện.
- Thời gian: Trong năm 2026.
2. Đánh giá, công nhận xã, thị trấn đạt chuẩn tiếp cận pháp luật năm 2026.
- Cơ quan thực hiện: Phòng Tư pháp, Phòng Nội vụ và các cơ quan là thành viên Hội đồng đánh giá tiếp cận pháp luật huyện.
- Thời gian thực hiện: Tháng 12/2026.
3. Biên soạn tài liệu phổ biến pháp luật về đất đai.
- Cơ quan thực hiện: Ban biên soạn tài liệu của huyện; Hội đồng thẩm định tài liệu huyện.
- Thời gian thực hiện: Quý II/2026.
II. TỔ CHỨC THỰC HIỆN
1. Phòng Tư pháp là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Các cơ quan, đơn vị báo cáo kết quả thực hiện (qua Phòng Tư pháp) trước ngày 25/11/2026 để tổng hợp, báo cáo UBND tỉnh.`);

  it('takes the office that advises as the lead, not the body it advises', () => {
    expect(roles(draft.tasks)[0]).toMatchObject({ lead: ['Phòng Tư pháp'], coordinating: [] });
  });

  it('keeps a council or board named by its work whole ("Hội đồng đánh giá …", "Ban biên soạn …")', () => {
    expect(roles(draft.tasks).slice(1)).toMatchObject([
      {
        lead: ['Phòng Tư pháp', 'Phòng Nội vụ', 'các cơ quan là thành viên Hội đồng đánh giá tiếp cận pháp luật huyện'],
      },
      { lead: ['Ban biên soạn tài liệu của huyện', 'Hội đồng thẩm định tài liệu huyện'] },
    ]);
  });

  it('sends a report made "qua" the standing office to that office, not to whom it reports on', () => {
    expect(draft.reportDeadlines).toEqual([
      { who: 'Các cơ quan, đơn vị', to: 'Phòng Tư pháp', deadline: 'trước ngày 25/11/2026', recurring: false },
    ]);
  });
});

/** A plan's opening up to its part of tasks, for the layouts of its items below. */
const WORKERS_PLAN_OPENING = `ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA
Số: 301/KH-UBND
KẾ HOẠCH
Phổ biến pháp luật cho người lao động năm 2026
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
II. NHIỆM VỤ`;

describe('lettered sub-items that share one agency block after the last of them', () => {
  const draft = parsePlanText(`${WORKERS_PLAN_OPENING}
1. Tổ chức các hoạt động phổ biến pháp luật tại doanh nghiệp:
a) Tổ chức hội nghị, tọa đàm đối thoại chính sách pháp luật với người lao động;
b) Xây dựng tủ sách pháp luật tại các doanh nghiệp có từ 200 lao động trở lên;
c) Tổ chức cuộc thi tìm hiểu pháp luật lao động.
Cơ quan chủ trì: Liên đoàn Lao động tỉnh.
Cơ quan phối hợp: Sở Tư pháp.
Thời gian thực hiện: Năm 2026.
2. Biên soạn tài liệu hỏi - đáp pháp luật về lao động.
a) Tài liệu cho người lao động;
b) Tài liệu cho người sử dụng lao động.
Cơ quan chủ trì: Sở Tư pháp.
Thời gian thực hiện: Quý III/2026.
3. Tổ chức các lớp tập huấn:
a) Tập huấn cho cán bộ công đoàn cơ sở.
Cơ quan chủ trì: Liên đoàn Lao động tỉnh.
Thời gian thực hiện: Quý II/2026.
b) Tập huấn cho chủ doanh nghiệp.
Cơ quan chủ trì: Sở Nội vụ.
Thời gian thực hiện: Quý IV/2026.`);

  it('reads the block as the item’s, with the sub-items as its content, as it does for dash bullets', () => {
    expect(roles(draft.tasks)).toEqual([
      { code: '1', lead: ['Liên đoàn Lao động tỉnh'], coordinating: ['Sở Tư pháp'], timeframe: 'Năm 2026' },
      { code: '2', lead: ['Sở Tư pháp'], coordinating: [], timeframe: 'Quý III/2026' },
      { code: '3.a', lead: ['Liên đoàn Lao động tỉnh'], coordinating: [], timeframe: 'Quý II/2026' },
      { code: '3.b', lead: ['Sở Nội vụ'], coordinating: [], timeframe: 'Quý IV/2026' },
    ]);
  });
});

describe('a time frame in parentheses at the end of an item with no time line', () => {
  const draft = parsePlanText(`${WORKERS_PLAN_OPENING}
Nhiệm vụ 1: Khảo sát nhu cầu tìm hiểu pháp luật của người lao động (Quý I/2026).
Giao Sở Nội vụ chủ trì, phối hợp với Liên đoàn Lao động tỉnh thực hiện.
Nhiệm vụ 2: Tổ chức tọa đàm với người lao động (dự kiến).
Giao Liên đoàn Lao động tỉnh chủ trì thực hiện.`);

  it('tells it for the coordinator to set, as one in the sentences, and leaves other notes alone', () => {
    expect(draft.tasks.map((task) => task.timeframe)).toEqual([null, null]);
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.TimeframeInProse)).toEqual([
      {
        code: 'timeframe-in-prose',
        where: '1',
        message: expect.stringContaining('“Quý I/2026”'),
        value: 'Quý I/2026',
      },
    ]);
  });
});

describe("a drafting process named in an item's sentences", () => {
  const draft = parsePlanText(`${WORKERS_PLAN_OPENING}
Nhiệm vụ 1: Truyền thông chính sách có tác động lớn đến người lao động.
Chú trọng truyền thông trong quá trình xây dựng văn bản quy phạm pháp luật.
Giao Sở Nội vụ chủ trì thực hiện.`);

  it('is no time frame to propose: it says what the work is about, not when it is due', () => {
    expect(draft.tasks.map((task) => task.timeframe)).toEqual([null]);
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.TimeframeInProse)).toEqual([]);
  });
});

describe('an inspection plan whose time is a numbered heading of its own, with no colon', () => {
  const draft = parsePlanText(`HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TỈNH
Số: 12/KH-HĐPH
KẾ HOẠCH
Kiểm tra công tác phổ biến, giáo dục pháp luật năm 2026
II. NỘI DUNG, ĐỐI TƯỢNG, THỜI GIAN KIỂM TRA
1. Nội dung kiểm tra
Việc ban hành văn bản chỉ đạo, kế hoạch triển khai công tác phổ biến, giáo dục pháp luật năm 2026.
2. Đối tượng kiểm tra
Sở Y tế, UBND xã Tịnh Phong.
3. Thời gian kiểm tra
Trong tháng 9 năm 2026.
4. Hình thức kiểm tra
a) Kiểm tra trực tiếp tại cơ quan, đơn vị.
b) Các cơ quan, đơn vị được kiểm tra gửi báo cáo tự kiểm tra về Sở Tư pháp trước ngày 25/8/2026.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện Kế hoạch.
2. Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch.`);

  it('reads the heading and the line below as a time statement, not as a task', () => {
    expect(draft.tasks.map((task) => task.code)).toEqual(['4.a', '4.b']);
  });

  it('gives a task with no agency the one TỔ CHỨC THỰC HIỆN puts in charge of carrying out the plan, and says so', () => {
    expect(roles(draft.tasks)).toEqual([
      { code: '4.a', lead: ['Sở Tư pháp'], coordinating: [], timeframe: null },
      { code: '4.b', lead: ['Các cơ quan, đơn vị được kiểm tra'], coordinating: [], timeframe: null },
    ]);
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.LeadInherited).map((w) => w.where)).toEqual([
      '4.a',
    ]);
  });
});

describe('a form of check named before a colon, with the agencies that carry it out after it', () => {
  const draftText = `HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TỈNH
Số: 12/KH-HĐPH
KẾ HOẠCH
Kiểm tra công tác phổ biến, giáo dục pháp luật năm 2026
II. NỘI DUNG KIỂM TRA
3. Hình thức kiểm tra
a) Tự kiểm tra: Các cơ quan, đơn vị là đối tượng kiểm tra tự kiểm tra và gửi báo cáo kết quả tự kiểm tra về Sở Tư pháp trước ngày 30/8/2026.
b) Kiểm tra trực tiếp: Đoàn kiểm tra của Hội đồng kiểm tra trực tiếp tại các đơn vị.
IV. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp chủ trì, phối hợp với các cơ quan liên quan tổ chức thực hiện Kế hoạch.`;
  const draft = parsePlanText(draftText);

  it.each([
    ['4. Thời gian kiểm tra: Tháng 9 và tháng 10/2026.', 'Tháng 9 và tháng 10/2026'],
    ['4. Thời gian kiểm tra\nTrong tháng 9 năm 2026.', 'Trong tháng 9 năm 2026'],
  ])(
    'gives a check with no time of its own the time the section states ("%s"), after a deadline it names',
    (line, time) => {
      const stated = parsePlanText(draftText.replace('IV. TỔ CHỨC THỰC HIỆN', `${line}\nIV. TỔ CHỨC THỰC HIỆN`));
      expect(stated.inspection.map((check) => check.delayOrWindow)).toEqual(['trước ngày 30/8/2026', time]);
      expect(draft.inspection.map((check) => check.delayOrWindow)).toEqual(['trước ngày 30/8/2026', null]);
    },
  );

  it('titles the task with the form and its sentence, as the form’s own line has it, and reads who does it', () => {
    expect(draft.tasks.map(({ code, title, lead, form }) => ({ code, title, lead, form }))).toEqual([
      {
        code: '3.a',
        title:
          'Tự kiểm tra: Các cơ quan, đơn vị là đối tượng kiểm tra tự kiểm tra và gửi báo cáo kết quả tự kiểm tra về Sở Tư pháp trước ngày 30/8/2026',
        lead: ['Các cơ quan, đơn vị là đối tượng kiểm tra'],
        form: 'Tự kiểm tra',
      },
      {
        code: '3.b',
        title: 'Kiểm tra trực tiếp: Đoàn kiểm tra của Hội đồng kiểm tra trực tiếp tại các đơn vị',
        lead: ['Sở Tư pháp'],
        form: 'Kiểm tra trực tiếp',
      },
    ]);
  });
});

describe('a "Trách nhiệm" line that says who advises and who carries the work out', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN HUYỆN ĐÔNG ANH
Số: 25/KH-UBND
KẾ HOẠCH
Tuyên truyền, phổ biến, giáo dục pháp luật năm 2025
II. NỘI DUNG, HÌNH THỨC, TRÁCH NHIỆM THỰC HIỆN
1. Tổ chức Ngày Pháp luật Việt Nam năm 2025.
- Trách nhiệm: Phòng Tư pháp tham mưu UBND huyện; các cơ quan, đơn vị, UBND các xã, thị trấn thực hiện.
- Thời gian: Tháng 10, 11/2025.
2. Xây dựng, củng cố tủ sách pháp luật.
- Trách nhiệm: UBND các xã, thị trấn; Phòng Văn hóa và Thông tin.
- Thời gian: Quý II/2025.`);

  it('reads the office that advises as lead and those that carry the work out as partners', () => {
    expect(roles(draft.tasks)).toEqual([
      {
        code: '1',
        lead: ['Phòng Tư pháp'],
        coordinating: ['các cơ quan, đơn vị', 'UBND các xã, thị trấn'],
        timeframe: 'Tháng 10, 11/2025',
      },
      {
        code: '2',
        lead: ['UBND các xã, thị trấn', 'Phòng Văn hóa và Thông tin'],
        coordinating: [],
        timeframe: 'Quý II/2025',
      },
    ]);
  });
});

describe('a plan whose issuing sentence opens with its subject, under its title', () => {
  it('keeps the title apart from the sentence under it', () => {
    const text = `ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
Số: 88/KH-UBND
KẾ HOẠCH
Triển khai thi hành Luật Thủ đô năm 2026
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
II. NỘI DUNG
1. Biên soạn tài liệu giới thiệu các luật mới.
- Cơ quan chủ trì: Sở Tư pháp.`;
    expect(findPlanTitle(text)).toBe('Kế hoạch triển khai thi hành Luật Thủ đô năm 2026');
  });
});

describe('a task whose agencies are given by "Giao", on a label or in a sentence', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Số: 45/KH-UBND
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
II. NỘI DUNG
1. Tăng cường phổ biến pháp luật trên mạng xã hội.
Giao: Văn phòng UBND tỉnh chủ trì; Sở Khoa học và Công nghệ, Sở Tư pháp phối hợp.
Thời gian: Thường xuyên.
2. Tăng cường phổ biến pháp luật cho người lao động.
Giao nhiệm vụ: Liên đoàn Lao động tỉnh chủ trì, phối hợp với Sở Nội vụ.
Thời gian: Quý III/2026.
3. Tăng cường phổ biến pháp luật cho phụ nữ.
- Giao Hội Liên hiệp Phụ nữ tỉnh chủ trì, phối hợp với Sở Y tế.
- Thời gian: Quý IV/2026.`);

  it('reads who leads and who coordinates from the value, and the partners that close the sentence', () => {
    expect(roles(draft.tasks)).toEqual([
      {
        code: '1',
        lead: ['Văn phòng UBND tỉnh'],
        coordinating: ['Sở Khoa học và Công nghệ', 'Sở Tư pháp'],
        timeframe: 'Thường xuyên',
      },
      { code: '2', lead: ['Liên đoàn Lao động tỉnh'], coordinating: ['Sở Nội vụ'], timeframe: 'Quý III/2026' },
      { code: '3', lead: ['Hội Liên hiệp Phụ nữ tỉnh'], coordinating: ['Sở Y tế'], timeframe: 'Quý IV/2026' },
    ]);
  });
});

describe('a task whose agencies are named by "Do X thực hiện" (done by X)', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN
Số: 88/KH-UBND
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
II. NỘI DUNG
1. Tổ chức Hội nghị phổ biến Luật Đất đai cho cán bộ cấp xã.
Do Sở Tư pháp thực hiện; các sở, ngành phối hợp.
Thời gian: Quý II/2026.
2. Tuyên truyền pháp luật trên Báo Điện Biên Phủ.
Do Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo Điện Biên Phủ thực hiện. Thời gian: Thường xuyên.`);

  it('reads the lead after "Do" and the partners', () => {
    expect(roles(draft.tasks)).toEqual([
      { code: '1', lead: ['Sở Tư pháp'], coordinating: ['các sở, ngành'], timeframe: 'Quý II/2026' },
      {
        code: '2',
        lead: ['Sở Văn hóa, Thể thao và Du lịch'],
        coordinating: ['Báo Điện Biên Phủ'],
        timeframe: 'Thường xuyên',
      },
    ]);
  });
});

describe('who and when written without labels: partners after "phối hợp", the doer and time in parentheses', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH SƠN LA
Số: 41/KH-UBND
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
II. NHIỆM VỤ
1. Biên soạn sổ tay pháp luật cho người dân tộc thiểu số.
- Sở Dân tộc và Tôn giáo chủ trì, phối hợp các cơ quan liên quan thực hiện.
- Thời hạn hoàn thành: trước ngày 30/6/2026.
2. Phổ biến pháp luật cho thanh niên (Tỉnh đoàn thực hiện, Quý III/2026).`);

  it('reads the partners, and the doer and time apart from the title', () => {
    expect(roles(draft.tasks)).toEqual([
      {
        code: '1',
        lead: ['Sở Dân tộc và Tôn giáo'],
        coordinating: ['các cơ quan liên quan'],
        timeframe: 'trước ngày 30/6/2026',
      },
      { code: '2', lead: ['Tỉnh đoàn'], coordinating: [], timeframe: 'Quý III/2026' },
    ]);
    expect(draft.tasks[1].title).toBe('Phổ biến pháp luật cho thanh niên');
  });
});

describe('a task written as one sentence that opens with the agency doing it', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
Số: 19/KH-UBND
KẾ HOẠCH
Công tác phổ biến, giáo dục pháp luật năm 2026
II. NỘI DUNG
1. Công an tỉnh chủ trì, phối hợp với Sở Tư pháp tuyên truyền pháp luật về phòng, chống tội phạm trong Quý II/2026.
2. Phổ biến các luật được Quốc hội thông qua trong năm 2025.
- Cơ quan chủ trì: Sở Tư pháp.
3. Tập huấn pháp luật cho hòa giải viên, giao Sở Tư pháp chủ trì, thực hiện trong Quý IV/2026.
4. Kiểm tra việc thực hiện Kế hoạch: Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh thực hiện, Quý III/2026.`);

  it('reads the agency the sentence names', () => {
    expect(draft.tasks.map((task) => [task.code, task.lead])).toEqual([
      ['1', ['Công an tỉnh']],
      ['2', ['Sở Tư pháp']],
      ['3', ['Sở Tư pháp']],
      ['4', ['Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh']],
    ]);
  });

  it('tells the time the sentence names, and none from a title that only names the work', () => {
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.TimeframeInProse)).toEqual([
      expect.objectContaining({ where: '1', value: 'trong Quý II/2026' }),
      expect.objectContaining({ where: '3', value: 'trong Quý IV/2026' }),
      expect.objectContaining({ where: '4', value: 'Quý III/2026' }),
    ]);
  });
});

describe('a review written with its two times in one sentence', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH CAO BẰNG
Số: 210/KH-UBND
KẾ HOẠCH
Thực hiện Đề án phổ biến pháp luật cho đồng bào dân tộc thiểu số giai đoạn 2026 - 2030
II. NHIỆM VỤ
1. Sơ kết, tổng kết
Sơ kết 03 năm thực hiện Kế hoạch vào Quý IV/2028; tổng kết vào Quý IV/2030.
Cơ quan chủ trì: Sở Dân tộc và Tôn giáo.`);

  it('offers both times, not the first alone', () => {
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.TimeframeInProse)).toEqual([
      expect.objectContaining({ where: '1', value: 'vào Quý IV/2028; tổng kết vào Quý IV/2030' }),
    ]);
  });
});

describe('tasks given to agencies by their numbers in TỔ CHỨC THỰC HIỆN', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
Số: 33/KH-UBND
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
II. NHIỆM VỤ
1. Tổ chức phổ biến các luật mới được Quốc hội thông qua tại Kỳ họp thứ 10.
2. Xây dựng, nhân rộng mô hình điểm về PBGDPL tại cơ sở.
3. Tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến.
- Cơ quan chủ trì: Tỉnh đoàn.
4. Kiện toàn đội ngũ báo cáo viên pháp luật tỉnh.
III. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp chủ trì thực hiện các nhiệm vụ tại mục 1, 3 và 4 phần II Kế hoạch này; theo dõi, đôn đốc, báo cáo UBND tỉnh trước ngày 15/12/2026.
2. UBND các xã, phường chủ trì thực hiện nhiệm vụ tại mục 2 phần II; Sở Văn hóa, Thể thao và Du lịch phối hợp thực hiện nhiệm vụ tại mục 2 phần II.
3. Sở Giáo dục và Đào tạo phối hợp thực hiện nhiệm vụ tại mục 3 phần II.`);

  it('leads each task with the agency given it, partners too, and keeps the lead a task states itself', () => {
    expect(roles(draft.tasks)).toEqual([
      { code: '1', lead: ['Sở Tư pháp'], coordinating: [], timeframe: null },
      { code: '2', lead: ['UBND các xã, phường'], coordinating: ['Sở Văn hóa, Thể thao và Du lịch'], timeframe: null },
      { code: '3', lead: ['Tỉnh đoàn'], coordinating: ['Sở Giáo dục và Đào tạo'], timeframe: null },
      { code: '4', lead: ['Sở Tư pháp'], coordinating: [], timeframe: null },
    ]);
  });

  it('says where the lead came from', () => {
    const told = draft.warnings.filter((w) => w.code === ParseWarningCode.LeadInherited);
    expect(told.map((w) => w.where)).toEqual(['1', '2', '4']);
    expect(told.every((w) => w.message.includes('TỔ CHỨC THỰC HIỆN giao'))).toBe(true);
  });
});

describe('tasks grouped under the time they are due', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Số: 46/KH-UBND
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
II. NỘI DUNG VÀ THỜI GIAN THỰC HIỆN
1. Quý I năm 2026
a) Tổ chức hội nghị triển khai Kế hoạch.
Cơ quan chủ trì: Sở Tư pháp.
b) Rà soát, kiện toàn đội ngũ báo cáo viên pháp luật.
Cơ quan chủ trì: Sở Tư pháp; phối hợp: các sở, ngành.
2. Giai đoạn 2027 - 2028
a) Tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến.
Cơ quan chủ trì: Tỉnh đoàn.
Thời gian: Tháng 5 hằng năm.
3. Tháng 11 năm 2026
Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam.
Cơ quan chủ trì: Các sở, ban, ngành.`);

  it('gives each task the time of its group, unless it names its own, and the work under a time as its title', () => {
    expect(draft.tasks.map(({ code, title, timeframe }) => ({ code, title, timeframe }))).toEqual([
      { code: '1.a', title: 'Tổ chức hội nghị triển khai Kế hoạch', timeframe: 'Quý I năm 2026' },
      { code: '1.b', title: 'Rà soát, kiện toàn đội ngũ báo cáo viên pháp luật', timeframe: 'Quý I năm 2026' },
      { code: '2.a', title: 'Tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến', timeframe: 'Tháng 5 hằng năm' },
      { code: '3', title: 'Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam', timeframe: 'Tháng 11 năm 2026' },
    ]);
  });
});

describe('a programme (Chương trình) laid out as a plan', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
Số: 45/CTr-UBND
CHƯƠNG TRÌNH
Phổ biến, giáo dục pháp luật giai đoạn 2026 - 2030
Thực hiện Quyết định số 12/QĐ-TTg ngày 05/01/2026 của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh ban hành Chương trình phổ biến, giáo dục pháp luật giai đoạn 2026 - 2030 như sau:
II. NỘI DUNG
1. Tăng cường phổ biến pháp luật trên mạng xã hội.
- Cơ quan chủ trì: Văn phòng UBND tỉnh.
- Thời gian: Hằng năm.`);

  it('names its issuer and its grounds from the sentence that issues it, as a plan’s', () => {
    expect({ issuer: draft.issuer, basis: draft.basis }).toEqual({
      issuer: 'Ủy ban nhân dân tỉnh',
      basis: ['Quyết định số 12/QĐ-TTg ngày 05/01/2026'],
    });
  });
});

describe('a time in parentheses closing a sentence after the title', () => {
  it('tells the time without the closing parenthesis', () => {
    const draft = parsePlanText(`KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
II. NỘI DUNG
1. Tuyên truyền pháp luật về an toàn giao thông. Công an tỉnh chủ trì thực hiện (thường xuyên).`);
    expect(draft.warnings.find((w) => w.code === ParseWarningCode.TimeframeInProse)?.value).toBe('thường xuyên');
  });
});

describe('a time a sentence names after a label, or after the work is said done', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN
PHƯỜNG HÒA KHÁNH
Số: 27/KH-UBND
KẾ HOẠCH
Tuyên truyền, phổ biến, giáo dục pháp luật trên địa bàn phường năm 2026
II. NỘI DUNG
1. Tuyên truyền, phổ biến các văn bản pháp luật mới
Công chức Tư pháp - Hộ tịch chủ trì tổ chức tuyên truyền các văn bản pháp luật có hiệu lực trong năm 2026, hoàn thành trong Quý II/2026.
2. Tổ chức Ngày Pháp luật
Văn phòng HĐND và UBND phường chủ trì tổ chức các hoạt động hưởng ứng Ngày Pháp luật, thời gian thực hiện tháng 11/2026.
3. Tủ sách pháp luật
Văn phòng HĐND và UBND phường bổ sung sách cho Tủ sách pháp luật; thời hạn hoàn thành: trước ngày 30/9/2026.`);

  it('tells the time the work is due, not a time that only describes its subject', () => {
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.TimeframeInProse)).toEqual([
      expect.objectContaining({ where: '1', value: 'trong Quý II/2026' }),
      expect.objectContaining({ where: '2', value: 'tháng 11/2026' }),
    ]);
  });

  it('reads a time label that closes a sentence as the time frame, and the agency that opens the sentence', () => {
    expect(roles(draft.tasks)[2]).toEqual({
      code: '3',
      lead: ['Văn phòng HĐND và UBND phường'],
      coordinating: [],
      timeframe: 'trước ngày 30/9/2026',
    });
  });
});

describe('tasks under a heading that names their form and time together ("Hình thức, thời gian")', () => {
  const draft = parsePlanText(`BỘ CHỈ HUY QUÂN SỰ TỈNH ĐIỆN BIÊN
Số: 156/KH-BCH
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
II. NỘI DUNG
1. Đối tượng: Cán bộ, chiến sĩ, quân nhân chuyên nghiệp.
2. Hình thức, thời gian
a) Sinh hoạt chuyên đề pháp luật vào ngày thứ Năm hằng tuần.
Cơ quan thực hiện: Phòng Chính trị chủ trì; các cơ quan, đơn vị trực thuộc thực hiện.
b) Tổ chức Hội thi "Tìm hiểu pháp luật" trong lực lượng vũ trang tỉnh.
Cơ quan thực hiện: Phòng Chính trị; thời gian: tháng 8/2026.`);

  it('reads the lettered items as tasks, not as the values of a time label', () => {
    expect(roles(draft.tasks)).toEqual([
      { code: '2.a', lead: ['Phòng Chính trị'], coordinating: ['các cơ quan, đơn vị trực thuộc'], timeframe: null },
      { code: '2.b', lead: ['Phòng Chính trị'], coordinating: [], timeframe: 'tháng 8/2026' },
    ]);
  });
});

describe('duties listed under each agency, an agency heading with its duty written below it', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Số: 102/KH-UBND
KẾ HOẠCH
Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam năm 2026
III. NHIỆM VỤ CỤ THỂ CỦA CÁC CƠ QUAN, ĐƠN VỊ
1. Sở Tư pháp
a) Tham mưu UBND tỉnh tổ chức Lễ mít tinh hưởng ứng Ngày Pháp luật cấp tỉnh; hoàn thành trước ngày 09/11/2026.
b) Hướng dẫn các sở, ngành, địa phương tổ chức các hoạt động hưởng ứng.
2. Sở Văn hóa, Thể thao và Du lịch
Chỉ đạo treo băng rôn, khẩu hiệu tại các trục đường chính, nơi công cộng.
3. Báo và Phát thanh, Truyền hình Hà Tĩnh
Mở chuyên mục, tăng thời lượng tuyên truyền về Ngày Pháp luật; thời gian: tháng 10 - 11/2026.`);

  it('gives the duty written below a heading to the agency the heading names, titled by the duty', () => {
    expect(draft.tasks.map(({ code, title, lead, timeframe }) => ({ code, title, lead, timeframe }))).toEqual([
      {
        code: '1.a',
        title:
          'Tham mưu UBND tỉnh tổ chức Lễ mít tinh hưởng ứng Ngày Pháp luật cấp tỉnh; hoàn thành trước ngày 09/11/2026',
        lead: ['Sở Tư pháp'],
        timeframe: null,
      },
      {
        code: '1.b',
        title: 'Hướng dẫn các sở, ngành, địa phương tổ chức các hoạt động hưởng ứng',
        lead: ['Sở Tư pháp'],
        timeframe: null,
      },
      {
        code: '2',
        title: 'Chỉ đạo treo băng rôn, khẩu hiệu tại các trục đường chính, nơi công cộng',
        lead: ['Sở Văn hóa, Thể thao và Du lịch'],
        timeframe: null,
      },
      {
        code: '3',
        title: 'Mở chuyên mục, tăng thời lượng tuyên truyền về Ngày Pháp luật',
        lead: ['Báo và Phát thanh, Truyền hình Hà Tĩnh'],
        timeframe: 'tháng 10 - 11/2026',
      },
    ]);
  });

  it('tells the time a duty says it is done by, in its first sentence too', () => {
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.TimeframeInProse)).toEqual([
      expect.objectContaining({ where: '1.a', value: 'trước ngày 09/11/2026' }),
    ]);
  });
});

describe('bullets under an item that each say which agency does their part', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH KON TUM
Số: 300/KH-UBND
KẾ HOẠCH
Tuyên truyền, phổ biến Luật Dữ liệu năm 2026
II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN
1. Tổ chức hội nghị
+ Hội nghị cấp tỉnh: Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tư pháp tổ chức trong tháng 8/2026.
+ Hội nghị cấp xã: UBND các xã, phường tổ chức trong Quý IV/2026.
2. Tuyên truyền trên mạng xã hội
- Đăng tải tin, bài về Luật Dữ liệu.
- Trả lời câu hỏi của người dân về Luật.
Cơ quan chủ trì: Sở Khoa học và Công nghệ.`);

  it('reads each bullet as a task of its own, led by the agency it names; bullets that name none stay content', () => {
    expect(roles(draft.tasks)).toEqual([
      { code: '1.1', lead: ['Sở Khoa học và Công nghệ'], coordinating: ['Sở Tư pháp'], timeframe: null },
      { code: '1.2', lead: ['UBND các xã, phường'], coordinating: [], timeframe: null },
      { code: '2', lead: ['Sở Khoa học và Công nghệ'], coordinating: [], timeframe: null },
    ]);
    expect(draft.warnings.filter((w) => w.code === ParseWarningCode.TimeframeInProse)).toEqual([
      expect.objectContaining({ where: '1.1', value: 'trong tháng 8/2026' }),
      expect.objectContaining({ where: '1.2', value: 'trong Quý IV/2026' }),
    ]);
  });
});

describe('an issuing sentence with no opening clause, right under the title', () => {
  const draft = parsePlanText(`HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH ĐỊNH
Số: 45/KH-HLHPN
KẾ HOẠCH
Phổ biến pháp luật cho hội viên phụ nữ năm 2026
Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh xây dựng Kế hoạch như sau:
II. NỘI DUNG
1. Tuyên truyền pháp luật cho hội viên.
- Cơ quan chủ trì: Ban Tuyên giáo.`);

  it('names the subject of that sentence as the issuer, not the title run into it', () => {
    expect(draft.issuer).toBe('Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh');
  });
});

describe('inspections written as a task, and as an inspection team sent some days after a quarter', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ
Số: 500/KH-UBND
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
II. NHIỆM VỤ
1. Kiểm tra, hướng dẫn công tác phổ biến, giáo dục pháp luật tại một số sở, ngành, địa phương.
- Cơ quan chủ trì: Sở Tư pháp.
- Thời gian: Quý III/2026.
III. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp là cơ quan thường trực, giúp UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này.
2. Các sở, ban, ngành, UBND các xã, phường căn cứ Kế hoạch xây dựng kế hoạch của cơ quan, đơn vị mình.
IV. CHẾ ĐỘ BÁO CÁO
Định kỳ hằng năm (trước ngày 15/11), các sở, ban, ngành, UBND các xã, phường báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Tư pháp).
Sau 10 ngày kể từ khi kết thúc Quý III/2026, Sở Tư pháp thành lập đoàn kiểm tra liên ngành kiểm tra kết quả thực hiện tại một số đơn vị.`);

  it('lists each check of the plan, with its window', () => {
    expect(draft.inspection).toEqual([
      {
        text: 'Kiểm tra, hướng dẫn công tác phổ biến, giáo dục pháp luật tại một số sở, ngành, địa phương',
        delayOrWindow: 'Quý III/2026',
      },
      {
        text: 'Sở Tư pháp là cơ quan thường trực, giúp UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này',
        delayOrWindow: null,
      },
      {
        text: 'Sau 10 ngày kể từ khi kết thúc Quý III/2026, Sở Tư pháp thành lập đoàn kiểm tra liên ngành kiểm tra kết quả thực hiện tại một số đơn vị',
        delayOrWindow: 'Sau 10 ngày kể từ khi kết thúc Quý III/2026',
      },
    ]);
  });

  it('lists an agency named in two parts once, with the duties of both', () => {
    expect(draft.agencyResponsibilities).toEqual([
      {
        agency: 'Sở Tư pháp',
        duties: [
          'là cơ quan thường trực, giúp UBND tỉnh theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này',
          'thành lập đoàn kiểm tra liên ngành kiểm tra kết quả thực hiện tại một số đơn vị',
        ],
      },
      {
        agency: 'Các sở, ban, ngành, UBND các xã, phường',
        duties: [
          'căn cứ Kế hoạch xây dựng kế hoạch của cơ quan, đơn vị mình',
          'báo cáo kết quả thực hiện về UBND tỉnh (qua Sở Tư pháp)',
        ],
      },
    ]);
  });
});

describe('a news item that dates the plan in figures', () => {
  const draft = parsePlanText(`Sở Tư pháp tỉnh Bắc Giang triển khai Kế hoạch phổ biến, giáo dục pháp luật năm 2026
Cập nhật: 15/01/2026 08:30
(PLVN) - Ngày 12/01/2026, UBND tỉnh Bắc Giang ban hành Kế hoạch số 15/KH-UBND về công tác phổ biến, giáo dục pháp luật năm 2026.
Theo Kế hoạch, Sở Tư pháp chủ trì tổ chức quán triệt các luật mới trong Quý I/2026.`);

  it('reads the date the sentence that issues the plan opens with', () => {
    expect({ kind: draft.kind, number: draft.number, issuedDate: draft.issuedDate }).toEqual({
      kind: 'news',
      number: '15/KH-UBND',
      issuedDate: '2026-01-12',
    });
  });
});

describe.each([
  'III. TRÁCH NHIỆM THỰC HIỆN',
  'III. PHÂN CÔNG TRÁCH NHIỆM',
  'III. TỔ CHỨC TRIỂN KHAI THỰC HIỆN',
  'III. TRIỂN KHAI THỰC HIỆN:',
  'III. TRÁCH NHIỆM CỦA CÁC CƠ QUAN, ĐƠN VỊ',
  // A joint programme's.
  'III. TRÁCH NHIỆM CỦA CÁC BÊN',
])('a plan whose agencies’ duties are in "%s"', (heading) => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN HUYỆN PHONG THỔ
Số: 45/KH-UBND
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật.
II. NHIỆM VỤ CỤ THỂ
1. Tổ chức Hội thi hòa giải viên giỏi cấp huyện.
- Cơ quan thực hiện: Phòng Tư pháp huyện.
- Thời gian: Quý III năm 2026.
${heading}
1. Phòng Tư pháp huyện
- Là cơ quan thường trực, theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch này.
- Tổng hợp kết quả, báo cáo UBND huyện trước ngày 10/12/2026.
2. UBND các xã, thị trấn báo cáo kết quả thực hiện về Phòng Tư pháp huyện trước ngày 20/11/2026.`);

  it('reads it as TỔ CHỨC THỰC HIỆN: duties, reports and the standing office, and no task from it', () => {
    expect(draft.tasks.map((task) => task.code)).toEqual(['1']);
    expect(draft.agencyResponsibilities.map((entry) => entry.agency)).toEqual([
      'Phòng Tư pháp huyện',
      'UBND các xã, thị trấn',
    ]);
    expect(draft.reportDeadlines.map((report) => report.deadline)).toEqual([
      'trước ngày 10/12/2026',
      'trước ngày 20/11/2026',
    ]);
    expect(draft.standingOffice).toBe('Phòng Tư pháp huyện');
  });
});

describe('a plan whose tasks are numbered in an appendix after its signature', () => {
  const plan = (appendix: string) =>
    parsePlanText(`ỦY BAN NHÂN DÂN TỈNH BẮC NINH
Số: 20/KH-UBND
KẾ HOẠCH
Công tác phổ biến, giáo dục pháp luật năm 2026
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Triển khai kịp thời, hiệu quả.
II. NHIỆM VỤ
Chi tiết tại Phụ lục kèm theo Kế hoạch này.
III. TỔ CHỨC THỰC HIỆN
1. Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.
2. Các sở, ban, ngành báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 20/11/2026.
Nơi nhận:
- Bộ Tư pháp;
- Lưu: VT.
TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
${appendix}`);

  it('reads the appendix’s numbered tasks with their labels', () => {
    const draft = plan(`PHỤ LỤC
NHIỆM VỤ CÔNG TÁC PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2026
(Kèm theo Kế hoạch số 20/KH-UBND ngày 20/01/2026 của UBND tỉnh)
1. Phổ biến các luật mới được Quốc hội thông qua.
- Cơ quan chủ trì: Sở Tư pháp.
- Thời gian: Quý I, II/2026.
2. Tuyên truyền pháp luật về phòng, chống ma túy.
- Cơ quan chủ trì: Công an tỉnh.
- Thời gian: Thường xuyên.`);
    expect(roles(draft.tasks)).toEqual([
      { code: '1', lead: ['Sở Tư pháp'], coordinating: [], timeframe: 'Quý I, II/2026' },
      { code: '2', lead: ['Công an tỉnh'], coordinating: [], timeframe: 'Thường xuyên' },
    ]);
    expect(draft.agencyResponsibilities.map((entry) => entry.agency)).toEqual(['Sở Tư pháp', 'Các sở, ban, ngành']);
  });

  it('reads no task from an appendix that is a report’s outline', () => {
    const draft = plan(`PHỤ LỤC
ĐỀ CƯƠNG BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
1. Công tác chỉ đạo, hướng dẫn.
2. Kết quả tổ chức các hoạt động; thời gian thực hiện.
II. KHÓ KHĂN, VƯỚNG MẮC`);
    expect(draft.tasks).toEqual([]);
  });
});

describe('a news item that names the plan’s standing office in a sentence', () => {
  it.each([
    'UBND tỉnh giao Sở Tư pháp là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.',
    'Sở Tư pháp được giao theo dõi, đôn đốc các cơ quan, đơn vị triển khai thực hiện Kế hoạch.',
  ])('reads that office: "%s"', (sentence) => {
    const draft = parsePlanText(`Triển khai công tác phổ biến, giáo dục pháp luật năm 2026
Ngày 15/01/2026, Ủy ban nhân dân tỉnh Sơn La ban hành Kế hoạch số 12/KH-UBND về công tác phổ biến, giáo dục pháp luật năm 2026 trên địa bàn tỉnh.
${sentence} Các sở, ban, ngành báo cáo kết quả về Sở Tư pháp trước ngày 15/11/2026.`);
    expect({ kind: draft.kind, standingOffice: draft.standingOffice }).toEqual({
      kind: 'news',
      standingOffice: 'Sở Tư pháp',
    });
    expect(draft.agencyResponsibilities).toEqual([]);
  });
});

describe('the period a title names', () => {
  const periodOf = (title: string) =>
    parsePlanText(`ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
Số: 1/KH-UBND
KẾ HOẠCH
${title}
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
II. NỘI DUNG
1. Tuyên truyền pháp luật.
- Cơ quan chủ trì: Sở Tư pháp.`).period;

  it.each([
    ['Phổ biến pháp luật năm 2026 - 2027', { from: '2026', to: '2027', text: 'năm 2026 - 2027' }],
    ['Phổ biến pháp luật đến hết năm 2027', { from: null, to: '2027', text: 'đến hết năm 2027' }],
  ])('reads "%s" as %o', (title, period) => {
    expect(periodOf(title)).toEqual(period);
  });
});

describe('the period a part of its own states ("III. THỜI GIAN THỰC HIỆN")', () => {
  const periodOf = (part: string) =>
    parsePlanText(`ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
Số: 1/KH-UBND
KẾ HOẠCH
Phổ biến pháp luật về an toàn giao thông
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
II. NỘI DUNG
1. Tuyên truyền pháp luật.
- Cơ quan chủ trì: Sở Tư pháp.
${part}`).period;

  it.each([
    [
      'III. THỜI GIAN THỰC HIỆN\nTừ tháng 3/2026 đến hết tháng 12/2026.',
      { from: '2026', to: '2026', text: 'Từ tháng 3/2026 đến hết tháng 12/2026' },
    ],
    ['III. THỜI GIAN THỰC HIỆN: Năm 2026', { from: '2026', to: '2026', text: 'Năm 2026' }],
    [
      'III. THỜI GIAN THỰC HIỆN\nNăm 2026 (lịch cụ thể sẽ thông báo sau).',
      { from: '2026', to: '2026', text: 'Năm 2026' },
    ],
  ])('reads "%s"', (part, period) => {
    expect(periodOf(part)).toEqual(period);
  });
});

describe('a standing office named in the second clause of a sentence', () => {
  const draft = parsePlanText(`HỘI ĐỒNG PHỐI HỢP PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT TỈNH
Số: 5/KH-HĐPH
KẾ HOẠCH
Hoạt động của Hội đồng năm 2026
Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh ban hành Kế hoạch như sau:
II. NỘI DUNG
1. Tuyên truyền pháp luật.
- Cơ quan chủ trì: Công an tỉnh.
III. TỔ CHỨC THỰC HIỆN
Hội đồng phối hợp PBGDPL tỉnh chỉ đạo; Sở Tư pháp (cơ quan thường trực Hội đồng) giúp Hội đồng theo dõi, đôn đốc việc thực hiện.`);

  it('is the subject of the clause that urges, not of the sentence', () => {
    expect(draft.standingOffice).toBe('Sở Tư pháp');
  });
});

describe('tasks written as labelled bullets straight under a part, with no numbers', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN XÃ AN PHÚ
Số: 12/KH-UBND
KẾ HOẠCH
Tuyên truyền pháp luật năm 2026
UBND xã xây dựng Kế hoạch như sau:
II. NỘI DUNG
- Tuyên truyền Luật Đất đai cho Nhân dân các thôn.
Thực hiện: Công chức Địa chính - Xây dựng; thời gian: Quý II/2026.
- Tổ chức Ngày Pháp luật Việt Nam.
Thực hiện: Công chức Tư pháp - Hộ tịch; thời gian: tháng 11/2026.
III. TỔ CHỨC THỰC HIỆN
Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc, báo cáo UBND xã.`);

  it('reads each bullet as a task, coded by its place', () => {
    expect(roles(draft.tasks)).toEqual([
      { code: '1', lead: ['Công chức Địa chính - Xây dựng'], coordinating: [], timeframe: 'Quý II/2026' },
      { code: '2', lead: ['Công chức Tư pháp - Hộ tịch'], coordinating: [], timeframe: 'tháng 11/2026' },
    ]);
  });
});

describe('parts numbered in Arabic figures, in capitals ("2. NỘI DUNG")', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
Số: 1/KH-UBND
KẾ HOẠCH
Phổ biến pháp luật năm 2026
Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
1. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
2. NỘI DUNG
2.1. Tuyên truyền Luật Đất đai.
- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.
2.2. Tổ chức Ngày Pháp luật.
- Cơ quan chủ trì: Sở Tư pháp.`);

  it('codes the tasks as numbered, without the figure of their part written twice', () => {
    expect(draft.tasks.map(({ part, code }) => (part ? `${part}.${code}` : code))).toEqual(['2.1', '2.2']);
  });
});

describe('a short plan whose numbered tasks follow its opening sentence, with no parts', () => {
  const text = `ỦY BAN NHÂN DÂN
XÃ HÒA BÌNH
Số: 45/KH-UBND
Hòa Bình, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026
Căn cứ Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh; UBND xã Hòa Bình ban hành Kế hoạch như sau:
1. Tổ chức tuyên truyền văn bản pháp luật mới trên hệ thống truyền thanh của xã.
- Cơ quan chủ trì: Công chức Tư pháp - Hộ tịch.
- Cơ quan phối hợp: Đài truyền thanh xã.
- Thời gian thực hiện: Thường xuyên.
2. Kiện toàn, củng cố các tổ hòa giải ở cơ sở.
- Cơ quan chủ trì: Ủy ban Mặt trận Tổ quốc Việt Nam xã.
- Thời gian thực hiện: Quý I/2026.
Giao Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc việc thực hiện Kế hoạch này; báo cáo UBND xã trước ngày 15/11/2026.
Nơi nhận:
- UBND tỉnh;`;
  const draft = parsePlanText(text);

  it('reads it as a plan, each numbered item a task with no part', () => {
    expect(draft.kind).toBe('plan');
    expect(placed(draft.tasks)).toEqual([
      { part: undefined, code: '1' },
      { part: undefined, code: '2' },
    ]);
    expect(roles(draft.tasks)).toEqual([
      {
        code: '1',
        lead: ['Công chức Tư pháp - Hộ tịch'],
        coordinating: ['Đài truyền thanh xã'],
        timeframe: 'Thường xuyên',
      },
      { code: '2', lead: ['Ủy ban Mặt trận Tổ quốc Việt Nam xã'], coordinating: [], timeframe: 'Quý I/2026' },
    ]);
  });

  it('reads the closing sentence as who urges and reports, not as part of the last task', () => {
    expect(draft.standingOffice).toBe('Công chức Tư pháp - Hộ tịch');
    expect(draft.reportDeadlines.map(({ deadline }) => deadline)).toEqual(['trước ngày 15/11/2026']);
    expect(draft.warnings.filter((w) => w.where === '2')).toEqual([]);
  });

  it('reads duties bulleted under a "Tổ chức thực hiện:" line with no number as TỔ CHỨC THỰC HIỆN', () => {
    const headed = parsePlanText(
      text.replace(
        /^Giao (.+)$/mu,
        'Tổ chức thực hiện:\n- $1\n- Các ban, ngành, đoàn thể xã phối hợp thực hiện Kế hoạch.',
      ),
    );
    expect(roles(headed.tasks)).toEqual(roles(draft.tasks));
    expect(headed.standingOffice).toBe('Công chức Tư pháp - Hộ tịch');
    expect(headed.agencyResponsibilities.map(({ agency }) => agency)).toEqual([
      'Công chức Tư pháp - Hộ tịch',
      'Các ban, ngành, đoàn thể xã',
    ]);
  });
});

describe('a plan with no parts whose task says "đôn đốc" in a paragraph of its own', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN XÃ PA Ủ
Số: 14/KH-UBND
KẾ HOẠCH
Hòa giải ở cơ sở năm 2026
UBND xã Pa Ủ ban hành Kế hoạch như sau:
1. Kiện toàn các tổ hòa giải ở cơ sở.
Công chức Tư pháp - Hộ tịch hướng dẫn, đôn đốc các bản kiện toàn tổ hòa giải theo quy định.
- Thời gian: Quý I/2026.
2. Tập huấn kỹ năng hòa giải cho hòa giải viên.
- Chủ trì: Công chức Tư pháp - Hộ tịch.
- Thời gian: Quý II/2026.
Giao Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc, báo cáo UBND xã trước ngày 30/11/2026.`);

  it('keeps that paragraph in its task, and reads only the closing one as who follows the plan', () => {
    expect(roles(draft.tasks)).toEqual([
      { code: '1', lead: ['Công chức Tư pháp - Hộ tịch'], coordinating: [], timeframe: 'Quý I/2026' },
      { code: '2', lead: ['Công chức Tư pháp - Hộ tịch'], coordinating: [], timeframe: 'Quý II/2026' },
    ]);
    expect(draft.reportDeadlines.map(({ deadline }) => deadline)).toEqual(['trước ngày 30/11/2026']);
  });
});

describe('a plan with no parts whose grounds are numbered too, above the sentence that issues it', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN
XÃ NẬM HÀNG
Số: 09/KH-UBND
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
Căn cứ:
1. Luật Phổ biến, giáo dục pháp luật năm 2012;
2. Kế hoạch số 12/KH-UBND ngày 05/01/2026 của UBND tỉnh về công tác phổ biến, giáo dục pháp luật năm 2026;
UBND xã Nậm Hàng ban hành Kế hoạch phổ biến, giáo dục pháp luật năm 2026 như sau:
1. Tuyên truyền pháp luật trên hệ thống loa truyền thanh.
- Chủ trì: Công chức Văn hóa - Xã hội.
- Thời gian: Thường xuyên.
2. Tổ chức Ngày Pháp luật Việt Nam.
- Chủ trì: Công chức Tư pháp - Hộ tịch.
- Thời gian: Tháng 11/2026.
Giao Công chức Tư pháp - Hộ tịch theo dõi, đôn đốc việc thực hiện Kế hoạch này.`);

  it('reads only the items after that sentence as tasks', () => {
    expect(roles(draft.tasks)).toEqual([
      { code: '1', lead: ['Công chức Văn hóa - Xã hội'], coordinating: [], timeframe: 'Thường xuyên' },
      { code: '2', lead: ['Công chức Tư pháp - Hộ tịch'], coordinating: [], timeframe: 'Tháng 11/2026' },
    ]);
    expect(draft.issuer).toBe('UBND xã Nậm Hàng');
  });
});

describe('a plan with no parts whose tasks are numbered "1)" or lettered', () => {
  const plan = (first: string, second: string) =>
    parsePlanText(`ỦY BAN NHÂN DÂN
XÃ TÀ TỔNG
Số: 11/KH-UBND
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
UBND xã Tà Tổng ban hành Kế hoạch như sau:
${first} Tuyên truyền pháp luật trên loa truyền thanh. Thực hiện: Công chức Văn hóa - Xã hội; thời gian: thường xuyên.
${second} Tổ chức Ngày Pháp luật Việt Nam. Thực hiện: Công chức Tư pháp - Hộ tịch; thời gian: tháng 11/2026.`);

  it.each([
    ['1)', '2)', ['1', '2']],
    ['a)', 'b)', ['a', 'b']],
  ])('reads "%s …" and "%s …" as its tasks', (first, second, codes) => {
    expect(plan(first, second).tasks.map(({ code, lead }) => ({ code, lead }))).toEqual([
      { code: codes[0], lead: ['Công chức Văn hóa - Xã hội'] },
      { code: codes[1], lead: ['Công chức Tư pháp - Hộ tịch'] },
    ]);
  });
});

describe("a news item that lists the plan's tasks in numbered lines", () => {
  it('is still news: it has no plan title or plan number of its own', () => {
    const draft = parsePlanText(`Huyện Mường Tè triển khai công tác phổ biến, giáo dục pháp luật năm 2026
Ngày 15/01/2026, UBND huyện Mường Tè ban hành Kế hoạch số 12/KH-UBND về công tác phổ biến, giáo dục pháp luật năm 2026. Kế hoạch đề ra các nhiệm vụ trọng tâm sau:
1. Tổ chức tuyên truyền các luật mới cho cán bộ, công chức.
2. Kiện toàn đội ngũ báo cáo viên pháp luật cấp huyện.
Phòng Tư pháp được giao theo dõi, đôn đốc việc thực hiện Kế hoạch.`);
    expect({ kind: draft.kind, tasks: draft.tasks }).toEqual({ kind: 'news', tasks: [] });
  });
});

describe('a plan whose parts are headed in capitals with no number ("NỘI DUNG")', () => {
  const draft = parsePlanText(`UBND TỈNH HÀ TĨNH
SỞ TƯ PHÁP
Số: 210/KH-STP
KẾ HOẠCH
Công tác phổ biến, giáo dục pháp luật năm 2026 của Sở Tư pháp
Thực hiện Kế hoạch số 30/KH-UBND ngày 10/01/2026 của UBND tỉnh, Sở Tư pháp ban hành Kế hoạch như sau:
MỤC ĐÍCH, YÊU CẦU
1. Mục đích
Nâng cao hiệu quả công tác phổ biến, giáo dục pháp luật.
NỘI DUNG
1. Biên soạn, phát hành tài liệu phổ biến pháp luật
- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật.
- Đơn vị phối hợp: Văn phòng Sở.
- Thời gian: Quý II/2026.
2. Tổ chức hội nghị tập huấn cho báo cáo viên pháp luật
- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật.
- Thời gian: Quý III/2026.
3. Kiểm tra công tác phổ biến, giáo dục pháp luật tại các xã
- Đơn vị chủ trì: Thanh tra Sở.
- Thời gian: Tháng 10/2026.
TỔ CHỨC THỰC HIỆN
1. Phòng Phổ biến, giáo dục pháp luật chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch; báo cáo Giám đốc Sở trước ngày 05/12/2026.
2. Văn phòng Sở bảo đảm kinh phí thực hiện Kế hoạch.`);

  it('reads the headings as parts and the items under NỘI DUNG as its tasks', () => {
    expect(draft.kind).toBe('plan');
    expect(placed(draft.tasks)).toEqual([
      { part: undefined, code: '1' },
      { part: undefined, code: '2' },
      { part: undefined, code: '3' },
    ]);
    expect(roles(draft.tasks)).toEqual([
      {
        code: '1',
        lead: ['Phòng Phổ biến, giáo dục pháp luật'],
        coordinating: ['Văn phòng Sở'],
        timeframe: 'Quý II/2026',
      },
      { code: '2', lead: ['Phòng Phổ biến, giáo dục pháp luật'], coordinating: [], timeframe: 'Quý III/2026' },
      { code: '3', lead: ['Thanh tra Sở'], coordinating: [], timeframe: 'Tháng 10/2026' },
    ]);
  });

  it("lists the task that checks the plan's field of work as an inspection, with its time", () => {
    expect(draft.inspection).toEqual([
      { text: 'Kiểm tra công tác phổ biến, giáo dục pháp luật tại các xã', delayOrWindow: 'Tháng 10/2026' },
    ]);
  });

  it('reads TỔ CHỨC THỰC HIỆN for the standing office and the report', () => {
    expect(draft.standingOffice).toBe('Phòng Phổ biến, giáo dục pháp luật');
    expect(draft.reportDeadlines.map(({ deadline }) => deadline)).toEqual(['trước ngày 05/12/2026']);
  });
});

describe('a plan with no parts whose tasks are sentences naming who acts', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN
PHƯỜNG TÂN AN
Số: 18/KH-UBND
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
Thực hiện Kế hoạch số 05/KH-UBND ngày 02/01/2026 của UBND thành phố, UBND phường xây dựng Kế hoạch như sau:
1. Công chức Tư pháp - Hộ tịch chủ trì, phối hợp với Đài truyền thanh phường tuyên truyền văn bản pháp luật mới. Thời gian: thường xuyên.
2. Ủy ban Mặt trận Tổ quốc Việt Nam phường chủ trì kiện toàn các tổ hòa giải ở khu phố, hoàn thành trong Quý I/2026.
Công chức Tư pháp - Hộ tịch có trách nhiệm theo dõi, đôn đốc, tổng hợp kết quả, báo cáo UBND phường trước ngày 20/11/2026.`);

  it('reads each numbered sentence as a task, with or without a time line', () => {
    expect(roles(draft.tasks)).toEqual([
      {
        code: '1',
        lead: ['Công chức Tư pháp - Hộ tịch'],
        coordinating: ['Đài truyền thanh phường'],
        timeframe: 'thường xuyên',
      },
      { code: '2', lead: ['Ủy ban Mặt trận Tổ quốc Việt Nam phường'], coordinating: [], timeframe: null },
    ]);
    expect(draft.standingOffice).toBe('Công chức Tư pháp - Hộ tịch');
  });
});

describe('parts numbered in figures and written in sentence case ("2. Nội dung")', () => {
  const draft = parsePlanText(`UBND HUYỆN KỲ ANH
PHÒNG TƯ PHÁP
Số: 02/KH-PTP
KẾ HOẠCH
Phổ biến pháp luật năm 2026
Phòng Tư pháp xây dựng Kế hoạch như sau:
1. Mục đích, yêu cầu
Nâng cao nhận thức pháp luật.
2. Nội dung
2.1. Tổ chức tập huấn cho hòa giải viên.
- Chủ trì: Phòng Tư pháp.
- Thời gian: Quý II/2026.
2.2. Tuyên truyền pháp luật về đất đai.
- Chủ trì: Phòng Nông nghiệp và Môi trường.
- Thời gian: Quý III/2026.
3. Tổ chức thực hiện
Phòng Tư pháp theo dõi, đôn đốc, báo cáo UBND huyện trước ngày 25/11/2026.`);

  it('reads the tasks of the content part only, and the standing office from the last part', () => {
    expect(roles(draft.tasks)).toEqual([
      { code: '2.1', lead: ['Phòng Tư pháp'], coordinating: [], timeframe: 'Quý II/2026' },
      { code: '2.2', lead: ['Phòng Nông nghiệp và Môi trường'], coordinating: [], timeframe: 'Quý III/2026' },
    ]);
    expect(draft.standingOffice).toBe('Phòng Tư pháp');
    expect(draft.reportDeadlines.map(({ deadline }) => deadline)).toEqual(['trước ngày 25/11/2026']);
  });
});

describe('parts numbered in Roman figures closed by a dash ("II- NỘI DUNG")', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH NGHỆ AN
Số: 77/KH-UBND
KẾ HOẠCH
Tổ chức Ngày Pháp luật năm 2026
UBND tỉnh ban hành Kế hoạch như sau:
I- MỤC ĐÍCH, YÊU CẦU
1. Tạo đợt sinh hoạt chính trị, pháp lý sâu rộng.
II- NỘI DUNG
1. Tổ chức mít tinh hưởng ứng Ngày Pháp luật
Cơ quan chủ trì: Sở Tư pháp.
Thời gian: Tháng 11/2026.
III- TỔ CHỨC THỰC HIỆN
Sở Tư pháp theo dõi, đôn đốc việc thực hiện; báo cáo UBND tỉnh trước ngày 30/11/2026.`);

  it('keeps the part of each task', () => {
    expect(placed(draft.tasks)).toEqual([{ part: 'II', code: '1' }]);
  });
});

describe('parsePlanText on tasks in sections "A. NHIỆM VỤ CHUNG", "B. NHIỆM VỤ CỤ THỂ" of a Roman part', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN HUYỆN MƯỜNG TÈ
Số: 145/KH-UBND Mường Tè, ngày 15 tháng 01 năm 2026
KẾ HOẠCH
Công tác phổ biến, giáo dục pháp luật năm 2026
Thực hiện Kế hoạch số 120/KH-UBND ngày 10/01/2026 của UBND tỉnh Lai Châu, Ủy ban nhân dân huyện ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức pháp luật của cán bộ, nhân dân.
II. NHIỆM VỤ VÀ GIẢI PHÁP
A. NHIỆM VỤ CHUNG
1. Tiếp tục quán triệt, triển khai Chỉ thị số 32-CT/TW của Ban Bí thư.
- Cơ quan chủ trì: Phòng Tư pháp.
- Thời gian thực hiện: Thường xuyên.
2. Kiện toàn đội ngũ báo cáo viên pháp luật cấp huyện.
B. NHIỆM VỤ CỤ THỂ
1. Tổ chức hưởng ứng Ngày Pháp luật Việt Nam năm 2026.
- Cơ quan chủ trì: Phòng Tư pháp.
- Thời gian thực hiện: Tháng 11/2026.
III. TỔ CHỨC THỰC HIỆN
Phòng Tư pháp theo dõi, đôn đốc các cơ quan, đơn vị thực hiện Kế hoạch.`);

  it('codes each task below its Roman part through its section, as the document numbers it', () => {
    expect(placed(draft.tasks)).toEqual([
      { part: 'II', code: 'A.1' },
      { part: 'II', code: 'A.2' },
      { part: 'II', code: 'B.1' },
    ]);
    expect(draft.tasks.map((t) => t.timeframe)).toEqual(['Thường xuyên', null, 'Tháng 11/2026']);
  });
});

describe('parsePlanText on labels that name a form by its kind, the lead as the focal point, and one agency twice', () => {
  const draft = parsePlanText(`SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 210/KH-SNNMT Quảng Trị, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Tuyên truyền, phổ biến, giáo dục pháp luật năm 2026
Căn cứ Kế hoạch số 25/KH-UBND ngày 20/01/2026 của UBND tỉnh; Sở Nông nghiệp và Môi trường xây dựng Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức chấp hành pháp luật của công chức, viên chức.
II. NỘI DUNG, HÌNH THỨC
1. Phổ biến Luật Đất đai năm 2024 và các văn bản hướng dẫn thi hành
- Hình thức tuyên truyền: Hội nghị, tọa đàm.
- Cơ quan đầu mối: Chi cục Quản lý đất đai.
- Cơ quan chủ trì, phối hợp: Chi cục Quản lý đất đai chủ trì, Văn phòng Sở phối hợp.
- Thời gian thực hiện và hoàn thành: Quý II/2026.
2. Tập huấn nghiệp vụ thanh tra chuyên ngành
- Hình thức phổ biến, giáo dục pháp luật: Lớp tập huấn tập trung.
- Đầu mối thực hiện: Thanh tra Sở.
- Thời gian: Tháng 8/2026.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Sở theo dõi, đôn đốc các phòng, đơn vị thực hiện Kế hoạch.`);

  it('reads each label by what it means, and names an agency labelled twice once', () => {
    expect(
      draft.tasks.map(({ code, lead, coordinating, timeframe, form }) => ({
        code,
        lead,
        coordinating,
        timeframe,
        form,
      })),
    ).toEqual([
      {
        code: '1',
        lead: ['Chi cục Quản lý đất đai'],
        coordinating: ['Văn phòng Sở'],
        timeframe: 'Quý II/2026',
        form: 'Hội nghị, tọa đàm',
      },
      {
        code: '2',
        lead: ['Thanh tra Sở'],
        coordinating: [],
        timeframe: 'Tháng 8/2026',
        form: 'Lớp tập huấn tập trung',
      },
    ]);
  });
});

describe('parsePlanText on tasks whose numbers a copy lost: a paragraph, then its labels', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Số: 35/KH-UBND Ninh Bình, ngày 22 tháng 01 năm 2026
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
Thực hiện Quyết định số 50/QĐ-BTP ngày 10/01/2026 của Bộ Tư pháp, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức pháp luật của cán bộ, nhân dân.
II. NỘI DUNG
Tổ chức hội nghị phổ biến các luật mới được Quốc hội thông qua.
Cơ quan chủ trì: Sở Tư pháp.
Cơ quan phối hợp: Các sở, ban, ngành.
Thời gian thực hiện: Quý I/2026.
Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam.
- Cơ quan chủ trì: Sở Tư pháp.
- Thời gian thực hiện: Tháng 11/2026.
Biên soạn tài liệu phổ biến pháp luật cho đồng bào dân tộc thiểu số.
Cơ quan chủ trì: Sở Dân tộc và Tôn giáo.
Thời gian thực hiện: Quý II/2026.
III. TỔ CHỨC THỰC HIỆN
Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.`);

  it('reads each paragraph its labels follow as a task, numbered by its place', () => {
    expect(roles(draft.tasks)).toEqual([
      { code: '1', lead: ['Sở Tư pháp'], coordinating: ['Các sở, ban, ngành'], timeframe: 'Quý I/2026' },
      { code: '2', lead: ['Sở Tư pháp'], coordinating: [], timeframe: 'Tháng 11/2026' },
      { code: '3', lead: ['Sở Dân tộc và Tôn giáo'], coordinating: [], timeframe: 'Quý II/2026' },
    ]);
    expect(draft.tasks.map((t) => t.title)).toEqual([
      'Tổ chức hội nghị phổ biến các luật mới được Quốc hội thông qua',
      'Tổ chức các hoạt động hưởng ứng Ngày Pháp luật Việt Nam',
      'Biên soạn tài liệu phổ biến pháp luật cho đồng bào dân tộc thiểu số',
    ]);
  });
});

describe('parsePlanText on an opening sentence that issues nothing by name, and duties that "xây dựng kế hoạch"', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN
Số: 20/KH-UBND Thái Nguyên, ngày 18 tháng 01 năm 2026
KẾ HOẠCH
Công tác phổ biến, giáo dục pháp luật năm 2026
Thực hiện Quyết định số 50/QĐ-BTP ngày 10/01/2026 của Bộ Tư pháp, Ủy ban nhân dân tỉnh triển khai thực hiện như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. NỘI DUNG
1. Tổ chức hội nghị phổ biến các luật mới.
- Cơ quan chủ trì: Sở Tư pháp.
- Thời gian thực hiện: Quý I/2026.
III. TỔ CHỨC THỰC HIỆN
1. Các sở, ban, ngành, UBND các xã, phường căn cứ nội dung Kế hoạch, chủ động xây dựng kế hoạch triển khai thực hiện.
2. Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch.`);

  it("takes the issuer and grounds from the sentence that introduces the plan, not from a body sentence's subject", () => {
    expect(draft.issuer).toBe('Ủy ban nhân dân tỉnh');
    expect(draft.basis).toEqual(['Quyết định số 50/QĐ-BTP ngày 10/01/2026']);
  });
});

describe('parsePlanText on tasks lettered "A.", "B." in a Roman part, each with its own labels', () => {
  const draft = parsePlanText(`SỞ TƯ PHÁP
Số: 12/KH-STP Lào Cai, ngày 05 tháng 02 năm 2026
KẾ HOẠCH
Phổ biến, giáo dục pháp luật năm 2026
Căn cứ Kế hoạch số 20/KH-UBND ngày 18/01/2026 của UBND tỉnh, Sở Tư pháp ban hành Kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức.
II. NỘI DUNG
A. Tổ chức hội nghị phổ biến các luật mới.
- Đơn vị chủ trì: Phòng Phổ biến, giáo dục pháp luật.
- Thời gian: Quý I/2026.
B. Biên soạn tài liệu hỏi đáp pháp luật
- Đơn vị chủ trì: Văn phòng Sở.
- Thời gian: Quý III/2026.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Sở theo dõi, đôn đốc việc thực hiện Kế hoạch.`);

  it('reads each lettered line as a task coded by its letter', () => {
    expect(roles(draft.tasks)).toEqual([
      { code: 'A', lead: ['Phòng Phổ biến, giáo dục pháp luật'], coordinating: [], timeframe: 'Quý I/2026' },
      { code: 'B', lead: ['Văn phòng Sở'], coordinating: [], timeframe: 'Quý III/2026' },
    ]);
  });
});

describe('parsePlanText on a TỔ CHỨC THỰC HIỆN in lettered sections', () => {
  const draft = parsePlanText(`ỦY BAN NHÂN DÂN TỈNH THÁI NGUYÊN
Số: 20/KH-UBND Thái Nguyên, ngày 18 tháng 01 năm 2026
KẾ HOẠCH
Công tác phổ biến, giáo dục pháp luật năm 2026
Thực hiện Quyết định số 50/QĐ-BTP ngày 10/01/2026 của Bộ Tư pháp, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:
I. NỘI DUNG
1. Tổ chức hội nghị phổ biến các luật mới.
- Cơ quan chủ trì: Sở Tư pháp.
II. TỔ CHỨC THỰC HIỆN
A. Cấp tỉnh
1. Sở Tài chính tham mưu UBND tỉnh bố trí kinh phí thực hiện Kế hoạch.
B. Cơ quan thường trực
1. Sở Tư pháp theo dõi, đôn đốc việc thực hiện Kế hoạch; báo cáo UBND tỉnh trước ngày 10/12/2026.`);

  it("reads each section's items as the part's", () => {
    expect(draft.agencyResponsibilities.map((r) => r.agency)).toEqual(['Sở Tài chính', 'Sở Tư pháp']);
    expect(draft.standingOffice).toBe('Sở Tư pháp');
  });
});

describe('a joint plan of two agencies ("KẾ HOẠCH LIÊN TỊCH")', () => {
  const draft = parsePlanText(`SỞ TƯ PHÁP - TỈNH ĐOÀN
Số: 05/KHLT-STP-TĐ
Quảng Ngãi, ngày 20 tháng 3 năm 2026
KẾ HOẠCH LIÊN TỊCH
Phối hợp tuyên truyền, phổ biến, giáo dục pháp luật cho thanh thiếu nhi năm 2026
Căn cứ Chương trình phối hợp số 01/CTPH-BTP-TWĐTN ngày 10/01/2024 giữa Bộ Tư pháp và Trung ương Đoàn;
Sở Tư pháp và Tỉnh đoàn Quảng Ngãi thống nhất ban hành Kế hoạch liên tịch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao ý thức chấp hành pháp luật của thanh thiếu nhi.
II. NỘI DUNG PHỐI HỢP
1. Tổ chức Hội thi "Thanh niên với pháp luật" cấp tỉnh
- Đơn vị chủ trì: Tỉnh đoàn.
- Thời gian: Tháng 7/2026.
2. Tổ chức tư vấn pháp luật cho thanh niên công nhân tại các khu công nghiệp
- Đơn vị thực hiện: Trung tâm Trợ giúp pháp lý nhà nước tỉnh phối hợp với Đoàn Thanh niên các khu công nghiệp.
- Thời gian: Quý III/2026.
III. TỔ CHỨC THỰC HIỆN
Phòng Phổ biến, giáo dục pháp luật (Sở Tư pháp) làm đầu mối, theo dõi việc triển khai Kế hoạch.`);

  it('reads its title, period and grounds, and both agencies as its issuer', () => {
    expect(draft.period).toEqual({ from: '2026', to: '2026', text: 'năm 2026' });
    expect(draft.basis).toEqual(['Chương trình phối hợp số 01/CTPH-BTP-TWĐTN ngày 10/01/2024']);
    expect(draft.issuer).toBe('Sở Tư pháp và Tỉnh đoàn Quảng Ngãi');
  });

  it('reads "X phối hợp với Y" after "Đơn vị thực hiện:" as X leading and Y coordinating', () => {
    expect(roles(draft.tasks)[1]).toEqual({
      code: '2',
      lead: ['Trung tâm Trợ giúp pháp lý nhà nước tỉnh'],
      coordinating: ['Đoàn Thanh niên các khu công nghiệp'],
      timeframe: 'Quý III/2026',
    });
  });
});

describe('a joint programme whose work "the two parties" ("Hai bên") do', () => {
  const draft = parsePlanText(`SỞ TƯ PHÁP - TỈNH ĐOÀN LAI CHÂU
CHƯƠNG TRÌNH PHỐI HỢP
Về công tác phổ biến, giáo dục pháp luật cho thanh niên giai đoạn 2025 - 2027
Căn cứ Quyết định số 1521/QĐ-TTg ngày 06/10/2022 của Thủ tướng Chính phủ; Sở Tư pháp và Tỉnh đoàn Lai Châu thống nhất ban hành Chương trình phối hợp với các nội dung sau:
I. NỘI DUNG PHỐI HỢP
1. Phối hợp tuyên truyền pháp luật cho đoàn viên, thanh niên
Hai bên phối hợp biên soạn tài liệu, tổ chức hội nghị tại các trường học. Thời gian: Hằng năm.
2. Phối hợp tổ chức Cuộc thi tìm hiểu pháp luật trực tuyến
Tỉnh đoàn chủ trì, Sở Tư pháp phối hợp thực hiện. Thời gian: Quý III hằng năm.
II. TỔ CHỨC THỰC HIỆN
Định kỳ hằng năm, hai bên tổ chức đánh giá kết quả phối hợp; báo cáo UBND tỉnh trước ngày 15/12 hằng năm.`);

  it('heads the work with its heading alone, and has both parties lead it and report', () => {
    expect(roles(draft.tasks)[0]).toEqual({
      code: '1',
      lead: ['Sở Tư pháp', 'Tỉnh đoàn Lai Châu'],
      coordinating: [],
      timeframe: 'Hằng năm',
    });
    expect(draft.tasks[0].title).toBe('Phối hợp tuyên truyền pháp luật cho đoàn viên, thanh niên');
    expect(draft.reportDeadlines.map(({ who, to }) => ({ who, to }))).toEqual([
      { who: 'Sở Tư pháp và Tỉnh đoàn Lai Châu', to: 'UBND tỉnh' },
    ]);
  });
});

describe('a plan whose Đ an old font conversion left as the Latin eth (Ð)', () => {
  const draft = parsePlanText(
    `${WORKERS_PLAN_OPENING}
1. \u00d0ánh giá chất lượng hoạt động của báo cáo viên.
- \u00d0ơn vị chủ trì: Sở Tư pháp.
- \u00d0ơn vị phối hợp: \u00d0ài Phát thanh và Truyền hình tỉnh.
- Thời gian: Tháng 11/2026.`,
  );

  it('reads its labels, and writes the letter as Đ', () => {
    expect(draft.tasks.map((task) => [task.title, task.lead, task.coordinating, task.timeframe])).toEqual([
      [
        'Đánh giá chất lượng hoạt động của báo cáo viên',
        ['Sở Tư pháp'],
        ['Đài Phát thanh và Truyền hình tỉnh'],
        'Tháng 11/2026',
      ],
    ]);
  });
});

describe('an item whose sentences say who leads and who helps', () => {
  const draft = parsePlanText(`${WORKERS_PLAN_OPENING}
1. Truyền thông chính sách trong dự thảo văn bản quy phạm pháp luật
Các sở, ngành chủ trì soạn thảo thực hiện; Sở Tư pháp hướng dẫn, theo dõi. Thời gian: Trong quá trình soạn thảo.`);

  it('has the one said to lead ("chủ trì") lead, and the others coordinate', () => {
    expect(roles(draft.tasks)).toEqual([
      { code: '1', lead: ['Các sở, ngành'], coordinating: ['Sở Tư pháp'], timeframe: 'Trong quá trình soạn thảo' },
    ]);
  });
});

describe('an item that names its work, then after a colon who does it, with no "chủ trì"', () => {
  const draft = parsePlanText(`${WORKERS_PLAN_OPENING}
1. Phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ: Công an tỉnh thực hiện trong tháng 7/2026.`);

  it('is titled by the work, led by the doer, and offers the time its sentence names', () => {
    expect(draft.tasks.map((task) => [task.title, task.lead, task.timeframe])).toEqual([
      ['Phổ biến Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ', ['Công an tỉnh'], null],
    ]);
    expect(draft.warnings.find((w) => w.code === ParseWarningCode.TimeframeInProse)?.value).toBe('trong tháng 7/2026');
  });
});

describe('"Thực hiện:" naming an agency, then the others concerned', () => {
  const draft = parsePlanText(`${WORKERS_PLAN_OPENING}
1. Tuyên truyền pháp luật về hộ tịch
Thực hiện: Công chức Tư pháp - Hộ tịch, các ngành liên quan; thời gian: Quý II/2026.`);

  it('has the agency lead, and those "liên quan" coordinate', () => {
    expect(roles(draft.tasks)).toEqual([
      {
        code: '1',
        lead: ['Công chức Tư pháp - Hộ tịch'],
        coordinating: ['các ngành liên quan'],
        timeframe: 'Quý II/2026',
      },
    ]);
  });
});
