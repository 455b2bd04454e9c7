import { type IsoDate } from '@dondoc/domain';
import { coordinating, noticeContext } from '../testing/notice-context.fixture';
import { agencyEventMail, formatInstant, formatSize } from './agency-event.template';

const link = 'https://dondoc.example/r/token';

describe('agencyEventMail', () => {
  it('gives a lead agency its work with its own deadline', () => {
    const mail = agencyEventMail({ kind: 'assigned', due: '2027-11-20' as IsoDate }, noticeContext(), link);
    expect(mail.subject).toBe('[dondoc] Giao nhiệm vụ: Kế hoạch số 125/KH-UBND, nhiệm vụ 2.1');
    expect(mail.text).toContain('với vai trò cơ quan chủ trì');
    expect(mail.text).toContain('Hạn báo cáo kết quả thực hiện: 20/11/2027.');
    expect(mail.text).toContain(`Xem nhiệm vụ và gửi báo cáo: ${link}`);
  });

  it('tells a coordinating agency to send its input to the lead, by its own earlier deadline, naming both', () => {
    const mail = agencyEventMail(
      { kind: 'assigned', due: '2027-11-13' as IsoDate },
      noticeContext(coordinating()),
      link,
    );
    expect(mail.text).toContain('với vai trò cơ quan phối hợp');
    expect(mail.text).toContain(
      'Đề nghị gửi ý kiến, kết quả phối hợp tới Sở Tư pháp (cơ quan chủ trì) qua dondoc trước ngày 13/11/2027.',
    );
    expect(mail.text).toContain('Hạn báo cáo của cơ quan chủ trì: 20/11/2027.');
    expect(mail.text).not.toContain('Hạn báo cáo kết quả thực hiện');
  });

  it('gives the agency its calendar feed with the work, and says nothing of one it revoked', () => {
    const feed = 'https://dondoc.example/api/feeds/token.ics';
    const assigned = { kind: 'assigned', due: '2027-11-20' as IsoDate } as const;
    const mail = agencyEventMail(assigned, noticeContext({ calendarFeedUrl: feed }), link);
    expect(mail.text).toContain(`Thêm các hạn báo cáo vào lịch của bạn (đăng ký lịch): ${feed}`);
    expect(mail.text.indexOf(feed)).toBeLessThan(mail.text.indexOf(link));
    expect(agencyEventMail(assigned, noticeContext({ calendarFeedUrl: null }), link).text).not.toContain('vào lịch');
  });

  it('returns a report with the coordinator’s comment and the new deadline', () => {
    const mail = agencyEventMail(
      { kind: 'returned', version: 2, comment: 'Bổ sung số liệu quý III', newDue: '2027-12-01' as IsoDate },
      noticeContext(),
      link,
    );
    expect(mail.subject).toContain('Báo cáo bị trả lại');
    expect(mail.text).toContain('trả lại báo cáo lần 2');
    expect(mail.text).toContain('Ý kiến: Bổ sung số liệu quý III');
    expect(mail.text).toContain('trước ngày 01/12/2027');
  });

  it('acknowledges a receipt with its time in Hà Nội and its files', () => {
    const mail = agencyEventMail(
      {
        kind: 'receipt',
        version: 1,
        receivedAt: new Date('2027-11-12T02:05:00Z'),
        reportText: 'Đã tổ chức 12 hội nghị.',
        attachments: [{ filename: 'Báo cáo.pdf', size: 1_572_864 }],
      },
      noticeContext(),
      link,
    );
    expect(mail.text).toContain('lúc 09:05 ngày 12/11/2027');
    expect(mail.text).toContain('Tệp đính kèm (1): Báo cáo.pdf (1,5 MB).');
  });

  it('accepts without a comment line when there is none', () => {
    const mail = agencyEventMail({ kind: 'accepted', version: 1, comment: null }, noticeContext(), link);
    expect(mail.subject).toContain('Đã tiếp nhận báo cáo');
    expect(mail.text).not.toContain('Ý kiến');
  });

  it('formats instants and sizes the Vietnamese way', () => {
    expect(formatInstant(new Date('2027-01-01T16:59:00Z'))).toBe('23:59 ngày 01/01/2027');
    expect(formatSize(512)).toBe('512 B');
    expect(formatSize(2048)).toBe('2 KB');
  });
});
