import { planNumberLabel } from '@dondoc/domain';
import { mailBody, type MailBody } from '../mail-body';

/** The standing office's acknowledgement that dondoc has taken a plan in. */
export function planReceivedMail(plan: { title: string; number: string | null; link: string }): MailBody {
  const label = planNumberLabel(plan.number);
  return mailBody(
    `[dondoc] Đã tiếp nhận ${label}: ${plan.title}`,
    [
      'Kính gửi Văn phòng thường trực,',
      '',
      `dondoc đã tiếp nhận ${label} "${plan.title}" và sẽ theo dõi, đôn đốc việc thực hiện.`,
    ],
    { label: 'Xem chi tiết', url: plan.link },
  );
}
