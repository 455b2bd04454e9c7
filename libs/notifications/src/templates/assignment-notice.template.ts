import { type Audience, formatVietnamese, type IsoDate } from '@dondoc/domain';
import { mailBody, type MailBody } from '../mail-body';
import { calendarFeedLines, leadNames, type NoticeContext, planLabel } from '../notice-context';

export interface AssignmentNoticeFacts {
  kind: 'reminder' | 'escalation';
  audience: Audience;
  due: IsoDate;
  daysLeft: number;
  link: string;
}

/** Vietnamese reminder and escalation mails: who, which plan and task, the deadline, days left or overdue. */
export function assignmentNoticeMail(facts: AssignmentNoticeFacts, context: NoticeContext): MailBody {
  const plan = planLabel(context.plan);
  const deadline = formatVietnamese(facts.due);
  const timing =
    facts.daysLeft > 0
      ? `còn ${facts.daysLeft} ngày (hạn ${deadline})`
      : facts.daysLeft === 0
        ? `hôm nay là hạn báo cáo (${deadline})`
        : `đã quá hạn ${-facts.daysLeft} ngày (hạn ${deadline})`;
  const subject =
    facts.kind === 'reminder'
      ? `[dondoc] Nhắc hạn báo cáo: ${plan}, nhiệm vụ ${context.task.code}, ${timing}`
      : `[dondoc] Quá hạn báo cáo: ${context.agency.name}, ${plan}, nhiệm vụ ${context.task.code}`;
  const addressee =
    facts.audience === 'leadership' ? context.leadership.name : `Lãnh đạo, đầu mối ${context.agency.name}`;
  return mailBody(
    subject,
    [
      `Kính gửi: ${addressee},`,
      '',
      `Thực hiện ${plan} (${context.plan.title}), nhiệm vụ ${context.task.code}: ${context.task.title}.`,
      facts.kind === 'reminder'
        ? context.lead
          ? `Đề nghị ${context.agency.name} gửi ý kiến, kết quả phối hợp tới ${leadNames(context.lead)} (cơ quan chủ trì): ${timing}.`
          : `Đề nghị ${context.agency.name} gửi báo cáo kết quả thực hiện: ${timing}.`
        : `${context.agency.name} chưa gửi báo cáo kết quả thực hiện: ${timing}. Đề nghị chỉ đạo hoàn thành ngay.`,
      ...(facts.audience === 'leadership' ? [] : calendarFeedLines(context)),
    ],
    { label: facts.audience === 'leadership' ? 'Xem nhiệm vụ' : 'Gửi báo cáo tại', url: facts.link },
  );
}
