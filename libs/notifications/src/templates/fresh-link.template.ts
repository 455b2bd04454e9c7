import { formatVietnamese, type IsoDate } from '@dondoc/domain';
import { mailBody, type MailBody } from '../mail-body';

export interface FreshLink {
  label: string;
  due: IsoDate | null;
  url: string;
}

/** The answer to "send me a new link": one link a piece of open work, for the address that asked. */
export function freshLinksMail(addressee: string, links: readonly FreshLink[]): MailBody {
  return mailBody('[dondoc] Liên kết mới để gửi báo cáo', [
    `Kính gửi: ${addressee},`,
    '',
    'Theo yêu cầu, dondoc gửi liên kết mới tới các nhiệm vụ đang mở:',
    ...links.map((link) => `- ${link.label}${link.due ? ` (hạn ${formatVietnamese(link.due)})` : ''}: ${link.url}`),
    '',
    'Nếu không phải bạn yêu cầu, xin bỏ qua thư này: liên kết chỉ mở được nhiệm vụ của cơ quan bạn.',
  ]);
}
