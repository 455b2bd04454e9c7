import { findReportDeadlines } from './report-deadlines';

const deadlinesOf = (text: string) => findReportDeadlines([{ owner: null, text }]);

describe('findReportDeadlines', () => {
  it('takes the recipient after "gửi báo cáo … về", not the report', () => {
    expect(
      deadlinesOf(
        'Các sở, ban, ngành, UBND các huyện, thị xã, thành phố gửi báo cáo kết quả thực hiện về Sở Tư pháp trước ngày 15/11/2026.',
      ),
    ).toEqual([
      {
        who: 'Các sở, ban, ngành, UBND các huyện, thị xã, thành phố',
        to: 'Sở Tư pháp',
        deadline: 'trước ngày 15/11/2026',
        recurring: false,
      },
    ]);
  });

  it('keeps "gửi về", "gửi cho" and "gửi" followed by the recipient', () => {
    expect(deadlinesOf('Sở Y tế gửi báo cáo cho Sở Tư pháp trước ngày 10/12/2026.')[0].to).toBe('Sở Tư pháp');
    expect(deadlinesOf('Sở Nội vụ báo cáo kết quả, gửi về Sở Tư pháp trước ngày 10/12/2026.')[0].to).toBe('Sở Tư pháp');
    expect(deadlinesOf('Định kỳ hằng năm, Công an tỉnh báo cáo kết quả gửi Sở Tư pháp.')[0].to).toBe('Sở Tư pháp');
  });

  it('keeps a recipient whose name holds a comma whole', () => {
    expect(
      deadlinesOf(
        'Các phòng, đơn vị thuộc Sở báo cáo kết quả về Phòng Phổ biến, giáo dục pháp luật trước ngày 10/11/2026.',
      )[0].to,
    ).toBe('Phòng Phổ biến, giáo dục pháp luật');
    expect(deadlinesOf('Sở Y tế gửi báo cáo về Sở Văn hóa, Thể thao và Du lịch trước ngày 10/12/2026.')[0].to).toBe(
      'Sở Văn hóa, Thể thao và Du lịch',
    );
    expect(deadlinesOf('Các sở gửi báo cáo về Sở Tư pháp, tổng hợp trước ngày 10/12/2026.')[0].to).toBe('Sở Tư pháp');
  });
});
