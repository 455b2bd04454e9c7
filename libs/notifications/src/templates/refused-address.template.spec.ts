import { refusedAddressMail } from './refused-address.template';

describe('refusedAddressMail', () => {
  const context = {
    plan: { id: 'p', number: '125/KH-UBND', title: 'Phổ biến, giáo dục pháp luật năm 2027' },
    task: { code: '2.1', title: 'Tổ chức Ngày Pháp luật' },
  };

  it('names the refused address, its agency, the task and the plan, and says the other work goes on', () => {
    const mail = refusedAddressMail(
      { address: 'vanthu@sodetai.rejected.invalid', agencyName: 'Sở Tài chính' },
      context,
      'https://dondoc.example/bao-cao/a-1',
    );
    expect(mail.subject).toBe(
      '[dondoc] Không gửi được thư tới Sở Tài chính: địa chỉ vanthu@sodetai.rejected.invalid bị từ chối',
    );
    expect(mail.text).toContain('nhiệm vụ 2.1 "Tổ chức Ngày Pháp luật" (Kế hoạch số 125/KH-UBND)');
    expect(mail.text).toContain('Việc đôn đốc các cơ quan khác vẫn tiếp tục');
    expect(mail.html).toContain('<a href="https://dondoc.example/bao-cao/a-1">Xem nhiệm vụ</a>');
  });

  it('writes Vietnamese in NFC whatever form the directory held', () => {
    const decomposed = 'Sở Tư pháp'.normalize('NFD');
    const mail = refusedAddressMail({ address: 'a@b.invalid', agencyName: decomposed }, context, 'https://x');
    expect(mail.subject).toContain('Sở Tư pháp'.normalize('NFC'));
    expect(mail.subject).not.toContain(decomposed);
  });
});
