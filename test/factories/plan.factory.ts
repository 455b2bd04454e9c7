import { randomUUID } from 'node:crypto';

const TITLES = [
  'Kế hoạch phổ biến, giáo dục pháp luật năm 2026 của Ủy ban nhân dân tỉnh Lai Châu',
  'Kế hoạch hoạt động của Hội đồng phối hợp phổ biến, giáo dục pháp luật tỉnh Lạng Sơn',
  'Kế hoạch tổ chức Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam — Sở Tư pháp',
];

/** A realistic intake body; pass overrides to make a field invalid. */
export function planIntakeBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const suffix = randomUUID().slice(0, 8);
  return {
    title: TITLES[Math.floor(Math.random() * TITLES.length)],
    number: `${Math.floor(Math.random() * 9000) + 100}/KH-UBND-${suffix}`,
    standingOfficeEmail: `stp-${suffix}@laichau.dondoc.invalid`,
    ...overrides,
  };
}
