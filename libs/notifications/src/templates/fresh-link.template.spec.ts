import { type IsoDate } from '@dondoc/domain';
import { freshLinksMail } from './fresh-link.template';

describe('freshLinksMail', () => {
  it('lists one link a piece of open work, with its deadline when it has one, and says who can use them', () => {
    const mail = freshLinksMail('vanthu@stc.laichau.gov.vn', [
      { label: 'Nhiệm vụ 2.1', due: '2027-11-19' as IsoDate, url: 'https://dondoc.example/r/a' },
      { label: 'Nhiệm vụ BC.1', due: null, url: 'https://dondoc.example/r/b' },
    ]);
    expect(mail.subject).toBe('[dondoc] Liên kết mới để gửi báo cáo');
    expect(mail.text).toContain('- Nhiệm vụ 2.1 (hạn 19/11/2027): https://dondoc.example/r/a');
    expect(mail.text).toContain('- Nhiệm vụ BC.1: https://dondoc.example/r/b');
    expect(mail.text).toContain('liên kết chỉ mở được nhiệm vụ của cơ quan bạn');
    expect(mail.html).not.toContain('<script');
  });
});
