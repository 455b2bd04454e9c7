import { findNumberedAssignments } from './numbered-assignments';

const unit = (agency: string, ...passages: string[]) => ({ agency, passages, duties: passages });

describe('findNumberedAssignments', () => {
  it('reads the numbers a clause gives, with their part, as lead or partner by its verb', () => {
    const found = findNumberedAssignments([
      unit('Sở Tư pháp', 'Sở Tư pháp chủ trì thực hiện các nhiệm vụ tại mục 1, 3 và 4 phần II Kế hoạch này.'),
      unit('Công an tỉnh', 'Công an tỉnh phối hợp thực hiện các nội dung tại các điểm 1.1, 1.2 Mục II.'),
      unit('Sở Y tế', 'Sở Y tế phối hợp với Sở Tư pháp chủ trì thực hiện nhiệm vụ tại mục 5 phần II.'),
    ]);
    expect(Object.fromEntries(found)).toEqual({
      'II:1': { lead: ['Sở Tư pháp'], coordinating: [] },
      'II:3': { lead: ['Sở Tư pháp'], coordinating: [] },
      'II:4': { lead: ['Sở Tư pháp'], coordinating: [] },
      'II:1.1': { lead: [], coordinating: ['Công an tỉnh'] },
      'II:1.2': { lead: [], coordinating: ['Công an tỉnh'] },
      'II:5': { lead: [], coordinating: ['Sở Y tế'] },
    });
  });

  it('reads lettered items under a numbered one ("điểm a, b mục 2 phần II") as "2.a", "2.b"', () => {
    const found = findNumberedAssignments([
      unit('Sở Tư pháp', 'Sở Tư pháp chủ trì thực hiện nhiệm vụ tại điểm a, b mục 2 phần II và tiểu mục 3.1 phần II.'),
    ]);
    expect([...found.keys()]).toEqual(['II:2.a', 'II:2.b', 'II:3.1']);
  });

  it("takes a clause's own subject over the unit's, and a number with no part by itself", () => {
    const found = findNumberedAssignments([
      unit(
        'UBND các xã, phường',
        'UBND các xã, phường chủ trì nhiệm vụ tại mục 2; Sở Văn hóa, Thể thao và Du lịch phối hợp thực hiện nhiệm vụ tại mục 2.',
      ),
    ]);
    expect(found.get('2')).toEqual({
      lead: ['UBND các xã, phường'],
      coordinating: ['Sở Văn hóa, Thể thao và Du lịch'],
    });
  });

  it('gives nothing where a clause neither leads nor joins, or names no number', () => {
    const found = findNumberedAssignments([
      unit('Sở Tư pháp', 'Sở Tư pháp theo dõi việc thực hiện các nhiệm vụ tại mục 1 phần II.'),
      unit('Sở Nội vụ', 'Sở Nội vụ chủ trì, phối hợp với các cơ quan tổ chức thực hiện Kế hoạch.'),
    ]);
    expect(found.size).toBe(0);
  });
});
