import { mailBody, type MailBody } from '../mail-body';
import { type NoticeContext, planLabel } from '../notice-context';

/** To the standing office, once per address: an agency's address the mail relay refuses, so someone fixes it. */
export function refusedAddressMail(
  refused: { address: string; agencyName: string },
  context: Pick<NoticeContext, 'plan' | 'task'>,
  link: string,
): MailBody {
  return mailBody(
    `[dondoc] Không gửi được thư tới ${refused.agencyName}: địa chỉ ${refused.address} bị từ chối`,
    [
      'Kính gửi Văn phòng thường trực,',
      '',
      `Máy chủ thư đã từ chối địa chỉ ${refused.address} của ${refused.agencyName}, nên thư về nhiệm vụ ` +
        `${context.task.code} "${context.task.title}" (${planLabel(context.plan)}) không đến được địa chỉ này.`,
      'Việc đôn đốc các cơ quan khác vẫn tiếp tục bình thường.',
      'Đề nghị kiểm tra và cập nhật địa chỉ thư điện tử của cơ quan trong danh bạ.',
    ],
    { label: 'Xem nhiệm vụ', url: link },
  );
}
