import { type IsoDate } from '@dondoc/domain';
import { type InspectionBrief } from '../notice-context';
import { consolidatedReportDueMail, findingsReminderMail, teamBriefMail } from './inspection-mail.template';

const brief: InspectionBrief = {
  inspectionId: 'i-1',
  plan: { number: '125/KH-UBND', title: 'Phổ biến, giáo dục pháp luật năm 2027' },
  taskCode: '2.1',
  windowStart: '2027-12-01' as IsoDate,
  windowEnd: '2027-12-05' as IsoDate,
  reportDue: '2027-12-15' as IsoDate,
  teams: [
    {
      name: 'Đoàn kiểm tra số 1',
      inspectors: [
        { id: 'u1', email: 'a@thanhtra.invalid', name: 'Nguyễn Văn An' },
        { id: 'u2', email: 'b@thanhtra.invalid', name: 'Trần Thị Bình' },
      ],
      agencies: ['Sở Tài chính', 'Sở Y tế'],
    },
  ],
  standingOffice: { name: 'Sở Tư pháp', emails: ['vp@stp.invalid'] },
};

describe('inspection mails', () => {
  it('briefs an inspector: the team, the window, the agencies and the report deadline', () => {
    const mail = teamBriefMail(brief, brief.teams[0], brief.teams[0].inspectors[0], 'https://dondoc.example/i/t');
    expect(mail.subject).toBe(
      '[dondoc] Đoàn kiểm tra số 1: kiểm tra việc thực hiện Kế hoạch số 125/KH-UBND, nhiệm vụ 2.1',
    );
    expect(mail.text).toContain('Kính gửi Nguyễn Văn An, thành viên Đoàn kiểm tra số 1,');
    expect(mail.text).toContain('Thành viên đoàn: Nguyễn Văn An; Trần Thị Bình.');
    expect(mail.text).toContain('từ ngày 01/12/2027 đến ngày 05/12/2027');
    expect(mail.text).toContain('Cơ quan, đơn vị được kiểm tra: Sở Tài chính; Sở Y tế.');
    expect(mail.text).toContain('trước ngày 15/12/2027');
  });

  it('reminds of the findings with the days left, or that today is the day', () => {
    expect(findingsReminderMail(brief, 3, 'https://x').subject).toContain('còn 3 ngày');
    expect(findingsReminderMail(brief, 0, 'https://x').subject).toContain('hôm nay là hạn');
    const late = findingsReminderMail(brief, -3, 'https://x');
    expect(late.subject).toContain('Quá hạn báo cáo kết quả kiểm tra');
    expect(late.subject).toContain('đã quá hạn 3 ngày');
    expect(late.text).toContain('Đề nghị hoàn thành ngay.');
  });

  it('tells the standing office its consolidated report is due, for a whole-plan inspection too', () => {
    const mail = consolidatedReportDueMail({ ...brief, taskCode: null }, 'https://dondoc.example/kiem-tra/i-1');
    expect(mail.subject).toBe('[dondoc] Đã có kết quả kiểm tra: đề nghị tổng hợp báo cáo Kế hoạch số 125/KH-UBND');
    expect(mail.text).toContain('Kính gửi Sở Tư pháp,');
  });
});
