import { type IsoDate } from '@dondoc/domain';
import { overdueDigestMail } from './overdue-digest.template';

const line = (agencyName: string, dueDate: string, status = 'overdue') => ({
  planNumber: '125/KH-UBND',
  planTitle: 'Phổ biến, giáo dục pháp luật năm 2027',
  taskCode: '2.1',
  taskTitle: 'Tổ chức Ngày Pháp luật',
  agencyName,
  dueDate,
  status,
  link: `https://dondoc.example/bao-cao/${agencyName.length}`,
});

describe('overdueDigestMail', () => {
  const mail = overdueDigestMail({
    officeName: 'Sở Tư pháp tỉnh Lai Châu',
    date: '2027-11-30' as IsoDate,
    lines: [line('Sở Tài chính', '2027-11-20'), line('Sở Y tế', '2027-11-25', 'submitted')],
    consoleLink: 'https://dondoc.example/',
  });

  it('counts what is still open in the subject, dated the Vietnamese way', () => {
    expect(mail.subject).toBe('[dondoc] Tổng hợp việc quá hạn ngày 30/11/2027: 1 nhiệm vụ chưa hoàn thành');
  });

  it('lists every assignment with its agency, task, plan, lateness and link, marking one settled since', () => {
    expect(mail.text).toContain(
      '1. Sở Tài chính: nhiệm vụ 2.1 "Tổ chức Ngày Pháp luật", Kế hoạch số 125/KH-UBND; hạn 20/11/2027, quá hạn 10 ngày.',
    );
    expect(mail.text).toContain('2. Sở Y tế: nhiệm vụ 2.1');
    expect(mail.text).toContain('quá hạn 5 ngày (đã xử lý sau đó).');
    expect(mail.text).toContain('https://dondoc.example/bao-cao/12');
    expect(mail.html).toContain('<a href="https://dondoc.example/">Theo dõi tiến độ</a>');
  });
});
