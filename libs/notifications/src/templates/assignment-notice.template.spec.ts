import { type IsoDate } from '@dondoc/domain';
import { coordinating, noticeContext } from '../testing/notice-context.fixture';
import { assignmentNoticeMail } from './assignment-notice.template';

const facts = (daysLeft: number, kind: 'reminder' | 'escalation' = 'reminder') => ({
  kind,
  audience: 'focalPoint' as const,
  due: '2027-11-20' as IsoDate,
  daysLeft,
  link: 'https://dondoc.example/r/token',
});

describe('assignmentNoticeMail', () => {
  it('reminds with the days left, on the day, and after', () => {
    expect(assignmentNoticeMail(facts(3), noticeContext()).subject).toContain('còn 3 ngày (hạn 20/11/2027)');
    expect(assignmentNoticeMail(facts(0), noticeContext()).subject).toContain('hôm nay là hạn báo cáo (20/11/2027)');
    expect(assignmentNoticeMail(facts(-2), noticeContext()).subject).toContain('đã quá hạn 2 ngày');
  });

  it('asks a coordinating agency for its input to the lead, naming the lead', () => {
    const mail = assignmentNoticeMail(facts(1), noticeContext(coordinating()));
    expect(mail.text).toContain(
      'Đề nghị Sở Tài chính gửi ý kiến, kết quả phối hợp tới Sở Tư pháp (cơ quan chủ trì): còn 1 ngày',
    );
  });

  it('reminds the agency of its calendar feed, but not the plan’s leadership', () => {
    const context = noticeContext({ calendarFeedUrl: 'https://dondoc.example/api/feeds/token.ics' });
    expect(assignmentNoticeMail(facts(3), context).text).toContain(
      'Thêm các hạn báo cáo vào lịch của bạn (đăng ký lịch): https://dondoc.example/api/feeds/token.ics',
    );
    const leadership = { ...facts(-7, 'escalation'), audience: 'leadership' as const };
    expect(assignmentNoticeMail(leadership, context).text).not.toContain('/api/feeds/');
  });

  it('escalates to the agency’s leadership naming the agency in the subject', () => {
    const mail = assignmentNoticeMail(facts(-3, 'escalation'), noticeContext());
    expect(mail.subject).toBe('[dondoc] Quá hạn báo cáo: Sở Tài chính, Kế hoạch số 125/KH-UBND, nhiệm vụ 2.1');
    expect(mail.text).toContain('Đề nghị chỉ đạo hoàn thành ngay.');
  });
});
