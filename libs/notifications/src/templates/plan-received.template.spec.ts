import { planReceivedMail } from './plan-received.template';

describe('planReceivedMail', () => {
  it('acknowledges the plan by number and title, with a link to it', () => {
    const mail = planReceivedMail({
      title: 'Kế hoạch phổ biến, giáo dục pháp luật năm 2027',
      number: '125/KH-UBND',
      link: 'https://dondoc.example/ke-hoach/p-1',
    });
    expect(mail.subject).toBe(
      '[dondoc] Đã tiếp nhận Kế hoạch số 125/KH-UBND: Kế hoạch phổ biến, giáo dục pháp luật năm 2027',
    );
    expect(mail.text).toContain('sẽ theo dõi, đôn đốc việc thực hiện');
    expect(mail.html).toContain('<a href="https://dondoc.example/ke-hoach/p-1">Xem chi tiết</a>');
  });

  it('says just “Kế hoạch” when the plan has no number yet, and escapes the title in HTML', () => {
    const mail = planReceivedMail({ title: 'Kế hoạch <nháp> & thử', number: null, link: 'https://x' });
    expect(mail.subject).toBe('[dondoc] Đã tiếp nhận Kế hoạch: Kế hoạch <nháp> & thử');
    expect(mail.html).toContain('Kế hoạch &#60;nháp&#62; &#38; thử');
  });

  it('names a plan issued with a decision by that decision', () => {
    const mail = planReceivedMail({ title: 'Kế hoạch tuyên truyền', number: '350/QĐ-UBND', link: 'https://x' });
    expect(mail.subject).toBe(
      '[dondoc] Đã tiếp nhận Kế hoạch ban hành kèm theo Quyết định số 350/QĐ-UBND: Kế hoạch tuyên truyền',
    );
  });
});
