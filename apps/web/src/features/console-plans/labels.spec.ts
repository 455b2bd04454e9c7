import { describe, expect, it } from '@jest/globals';
import { plansEmptyText } from './labels';

describe('plansEmptyText', () => {
  it('tells a first-time coordinator, with no plan yet, how to bring one in', () => {
    expect(plansEmptyText({ filtered: false, mayImport: true })).toBe(
      'Chưa có kế hoạch nào. Bấm “Nhập kế hoạch” để nhập kế hoạch đầu tiên từ tệp Word hoặc PDF (kể cả bản quét).',
    );
  });

  it('tells someone who may not import that there is no plan yet, without the button they do not have', () => {
    expect(plansEmptyText({ filtered: false, mayImport: false })).toBe('Chưa có kế hoạch nào.');
  });

  it('says no plan matches only when a search or a status narrowed the list', () => {
    expect(plansEmptyText({ filtered: true, mayImport: true })).toBe(
      'Không có kế hoạch nào phù hợp. Thử tìm với từ khác hoặc chọn “Tất cả trạng thái”.',
    );
  });
});
