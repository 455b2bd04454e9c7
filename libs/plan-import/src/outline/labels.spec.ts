import { parseLabelLines } from './labels';

const read = (line: string) => parseLabelLines(line).map(({ field, value }) => [field, value]);

describe('parseLabelLines', () => {
  it.each([
    ['Trách nhiệm thực hiện: Sở Tư pháp', [['lead', 'Sở Tư pháp']]],
    ['Cơ quan tham mưu: Sở Tư pháp', [['lead', 'Sở Tư pháp']]],
    ['Cơ quan chủ trì tham mưu: Sở Tư pháp', [['lead', 'Sở Tư pháp']]],
    ['Cơ quan, đơn vị thực hiện: Sở Nội vụ', [['lead', 'Sở Nội vụ']]],
    ['Phân công thực hiện: Sở Nội vụ', [['lead', 'Sở Nội vụ']]],
    ['Cơ quan, đơn vị phối hợp thực hiện: Sở Nội vụ', [['coordinating', 'Sở Nội vụ']]],
    ['Thời gian thực hiện dự kiến: Quý II/2026', [['timeframe', 'Quý II/2026']]],
    ['Thời gian tổ chức: Tháng 11/2026', [['timeframe', 'Tháng 11/2026']]],
    ['Thời gian hoàn thành dự kiến: Tháng 11/2026', [['timeframe', 'Tháng 11/2026']]],
    [
      'Cơ quan chủ trì, phối hợp: Sở Tư pháp chủ trì, phối hợp với Sở Nội vụ, Công an tỉnh',
      [
        ['lead', 'Sở Tư pháp'],
        ['coordinating', 'Sở Nội vụ, Công an tỉnh'],
      ],
    ],
    ['Đơn vị chủ trì, phối hợp: Sở Tư pháp', [['lead', 'Sở Tư pháp']]],
    ['Hoàn thành: Quý II/2026', [['timeframe', 'Quý II/2026']]],
  ])('reads "%s" by what its label means', (line, expected) => {
    expect(read(line)).toEqual(expected);
  });

  it.each([
    'Thời gian qua: công tác phổ biến đạt nhiều kết quả',
    'Mục đích: nâng cao nhận thức pháp luật',
    'Kết quả thực hiện năm 2025: đạt 95%',
    'Nội dung: phổ biến Luật Đất đai',
    'Tổ chức thực hiện: các sở, ngành',
  ])('leaves "%s" as text', (line) => {
    expect(read(line)).toEqual([]);
  });
});
