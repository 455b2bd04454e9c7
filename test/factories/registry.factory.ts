import { randomUUID } from 'node:crypto';
import { type NewPlanDraft, type NewTask } from '@dondoc/persistence';

/** A draft plan with a unique number, shaped like seed 003 (UBND tỉnh Lai Châu, 2025–2030). */
export function planDraft(overrides: Partial<NewPlanDraft> = {}): NewPlanDraft {
  const suffix = randomUUID().slice(0, 8);
  return {
    number: `${Math.floor(Math.random() * 9000) + 100}/KH-UBND-${suffix}`,
    title:
      'Kế hoạch triển khai Đề án “Chuyển đổi số trong công tác phổ biến, giáo dục pháp luật giai đoạn 2025 – 2030”',
    issuer: 'Ủy ban nhân dân tỉnh Lai Châu',
    basis: ['Quyết định số 766/QĐ-TTg ngày 15/4/2025'],
    periodFrom: 2025,
    periodTo: 2030,
    periodText: 'Từ năm 2025 đến năm 2030',
    standingOfficeEmail: `stp-${suffix}@laichau.dondoc.invalid`,
    ...overrides,
  };
}

/** Three tasks of seed 003, group 1 with its two items. */
export function planTasks(): NewTask[] {
  return [
    {
      code: 'III.1',
      position: 1,
      title: 'Nâng cao nhận thức, trách nhiệm về chuyển đổi số trong công tác phổ biến, giáo dục pháp luật',
    },
    {
      code: 'III.1.1',
      parentCode: 'III.1',
      position: 2,
      title: 'Chuyển đổi nhận thức của các cấp, các ngành về chuyển đổi số trong công tác phổ biến, giáo dục pháp luật',
      leadNames: ['Sở Tư pháp', 'các Sở, ban, ngành cấp tỉnh'],
      coordinatingNames: ['Các cơ quan, đơn vị có liên quan'],
      timeframe: 'Hàng năm',
    },
    {
      code: 'III.1.2',
      parentCode: 'III.1',
      position: 3,
      title: 'Xác định trách nhiệm chỉ đạo, triển khai thực hiện chuyển đổi số thuộc về người đứng đầu',
      leadNames: ['Sở Tư pháp', 'các cơ quan, tổ chức cấp tỉnh', 'Ủy ban nhân dân cấp xã'],
      coordinatingNames: ['Các cơ quan, đơn vị có liên quan'],
      timeframe: 'Hàng năm',
    },
  ];
}
