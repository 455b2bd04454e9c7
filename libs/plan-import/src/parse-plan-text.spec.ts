import { parsePlanText } from './parse-plan-text';

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
    expect(
      draft.tasks.map(({ code, lead, coordinating, timeframe }) => ({ code, lead, coordinating, timeframe })),
    ).toEqual([
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
});
