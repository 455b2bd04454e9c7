import { type PlanTaskDraft } from '../plan-draft';
import { reportingTaskDrafts } from './report-tasks';

describe('reportingTaskDrafts: the plan’s own reporting obligations as work', () => {
  const period = { from: '2024-01-01', to: '2024-12-31', text: 'năm 2024' };

  it('makes each obligation a task the reporters lead, due by the stated deadline', () => {
    const [agencies, office] = reportingTaskDrafts({
      period,
      standingOffice: 'Sở Tư pháp',
      tasks: [],
      reportDeadlines: [
        {
          who: 'các sở, ban, ngành, Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội',
          to: 'cơ quan thường trực Hội đồng (Sở Tư pháp)',
          deadline: 'trước ngày 20/11/2024',
          recurring: false,
        },
        {
          who: 'Sở Tư pháp',
          to: 'UBND tỉnh và Bộ Tư pháp',
          deadline: 'Trong thời hạn 10 ngày, kể từ ngày kết thúc kiểm tra trực tiếp',
          recurring: false,
        },
      ],
    });
    expect(agencies).toMatchObject({
      part: 'BC',
      code: '1',
      title: 'Báo cáo kết quả thực hiện Kế hoạch gửi cơ quan thường trực Hội đồng (Sở Tư pháp)',
      timeframe: 'trước ngày 20/11/2024',
      schedule: { kind: 'once', due: '2024-11-19' }, // "trước ngày 20/11": by the 19th
    });
    expect(agencies.lead.length).toBeGreaterThan(1);
    expect(office).toMatchObject({ code: '2', lead: ['Sở Tư pháp'], title: expect.stringContaining('gửi UBND tỉnh') });
    expect(office.schedule?.kind).not.toBe('once');
  });

  it('gives an obligation with no named reporter to the standing office, and reads “định kỳ hàng năm” as yearly', () => {
    const [yearly] = reportingTaskDrafts({
      period: { from: '2023-01-01', to: '2030-12-31', text: 'giai đoạn 2023-2030' },
      standingOffice: 'Sở Tư pháp',
      tasks: [],
      reportDeadlines: [{ who: null, to: 'Bộ Tư pháp', deadline: 'định kỳ hàng năm', recurring: true }],
    });
    expect(yearly.lead).toEqual(['Sở Tư pháp']);
    expect(yearly.schedule?.kind).toBe('annual');
  });

  it('gives an obligation with no named reporter sent to the standing office to the agencies that lead the work', () => {
    const work = (lead: string[]) => ({ lead }) as PlanTaskDraft;
    const [toOffice] = reportingTaskDrafts({
      period,
      standingOffice: 'Sở Tư pháp',
      tasks: [work(['Sở Nội vụ']), work(['Sở Tư pháp', 'Công an tỉnh']), work(['Sở Nội vụ'])],
      reportDeadlines: [{ who: null, to: 'Sở Tư pháp', deadline: 'trước ngày 15/11/2024', recurring: false }],
    });
    expect(toOffice.lead).toEqual(['Sở Nội vụ', 'Công an tỉnh']);
  });

  it.each([
    'Các cơ quan được giao chủ trì thực hiện nhiệm vụ tại Kế hoạch này',
    'Các cơ quan, đơn vị được giao nhiệm vụ',
    'các đơn vị được giao thực hiện nhiệm vụ',
  ])('gives an obligation of "%s" to the agencies that lead the work, but those it is sent to', (who) => {
    const work = (lead: string[]) => ({ lead }) as PlanTaskDraft;
    const [obligation] = reportingTaskDrafts({
      period,
      standingOffice: 'Sở Tư pháp',
      tasks: [work(['Sở Nội vụ']), work(['Sở Tư pháp', 'Công an tỉnh'])],
      reportDeadlines: [{ who, to: 'UBND tỉnh (qua Sở Tư pháp)', deadline: 'trước ngày 15/11/2024', recurring: false }],
    });
    expect(obligation.lead).toEqual(['Sở Nội vụ', 'Công an tỉnh']);
  });

  it('keeps as written a group given a task when the plan names no lead, and those given a part to coordinate', () => {
    const [noLeads, partners] = reportingTaskDrafts({
      period,
      standingOffice: 'Sở Tư pháp',
      tasks: [],
      reportDeadlines: [
        { who: 'Các cơ quan được giao chủ trì', to: 'Sở Tư pháp', deadline: 'trước ngày 15/11/2024', recurring: false },
        {
          who: 'Các cơ quan được giao nhiệm vụ phối hợp',
          to: 'Sở Tư pháp',
          deadline: 'trước ngày 15/11/2024',
          recurring: false,
        },
      ],
    });
    expect(noLeads.lead).toEqual(['Các cơ quan được giao chủ trì']);
    expect(partners.lead).toEqual(['Các cơ quan được giao nhiệm vụ phối hợp']);
  });

  it('reads a recurring obligation’s day with no year as that day each year of the plan', () => {
    const [halfYear, year] = reportingTaskDrafts({
      period: { from: '2025', to: '2027', text: 'giai đoạn 2025 - 2027' },
      standingOffice: 'Sở Tư pháp',
      tasks: [],
      reportDeadlines: [
        { who: 'Các sở, ban, ngành', to: 'Sở Tư pháp', deadline: 'trước ngày 15/6', recurring: true },
        { who: 'Các sở, ban, ngành', to: 'Sở Tư pháp', deadline: 'trước ngày 15/11', recurring: true },
      ],
    });
    expect(halfYear).toMatchObject({
      timeframe: 'trước ngày 15/6 hằng năm',
      schedule: { kind: 'annual', due: { month: 6, day: 14 } },
    });
    expect(year.schedule).toMatchObject({ kind: 'annual', due: { month: 11, day: 14 } });
  });
});
