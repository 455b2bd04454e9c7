import { findInspection } from './inspection';

const checksIn = (sentence: string) =>
  findInspection([{ passages: [sentence], window: null, deadlineAsWindow: false, sectionWindow: null }]).map(
    (found) => found.text,
  );

describe('findInspection', () => {
  it.each([
    'Sở Tư pháp tổ chức kiểm tra, giám sát việc thực hiện Kế hoạch',
    'Hội đồng phối hợp PBGDPL tỉnh tổ chức đoàn kiểm tra liên ngành tại một số địa phương',
    'Sở Tư pháp kiểm tra tình hình triển khai Kế hoạch tại các địa phương',
  ])('reads a check of how the plan is carried out: "%s"', (sentence) => {
    expect(checksIn(`${sentence}.`)).toEqual([sentence]);
  });

  it('leaves out a check of how the law is kept, and what the checks cost', () => {
    expect(checksIn('Tăng cường thanh tra, kiểm tra, xử lý vi phạm pháp luật về đất đai.')).toEqual([]);
    expect(
      checksIn('Kinh phí thành lập các Đoàn kiểm tra của Hội đồng được bố trí trong dự toán của Sở Tư pháp.'),
    ).toEqual([]);
  });
});
