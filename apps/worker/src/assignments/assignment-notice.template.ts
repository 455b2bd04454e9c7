import { type Audience, formatVietnamese, type IsoDate } from '@dondoc/domain';
import { type NoticeContext } from './assignment-store';

export interface AssignmentNoticeFacts {
  kind: 'reminder' | 'escalation';
  audience: Audience;
  due: IsoDate;
  daysLeft: number;
  link: string;
}

/** Vietnamese reminder and escalation mails: who, which plan and task, the deadline, days left or overdue. */
export function assignmentNoticeMail(facts: AssignmentNoticeFacts, context: NoticeContext) {
  const plan = context.plan.number ? `Kế hoạch số ${context.plan.number}` : `Kế hoạch "${context.plan.title}"`;
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
    facts.audience === 'standingOffice' ? context.standingOffice.name : `Lãnh đạo, đầu mối ${context.agency.name}`;
  const lines = [
    `Kính gửi: ${addressee},`,
    '',
    `Thực hiện ${plan} (${context.plan.title}), nhiệm vụ ${context.task.code}: ${context.task.title}.`,
    facts.kind === 'reminder'
      ? `Đề nghị ${context.agency.name} gửi báo cáo kết quả thực hiện: ${timing}.`
      : `${context.agency.name} chưa gửi báo cáo kết quả thực hiện: ${timing}. Đề nghị chỉ đạo hoàn thành ngay.`,
    `Gửi báo cáo tại: ${facts.link}`,
  ];
  const text = lines.join('\n').normalize('NFC');
  const html = lines
    .filter(Boolean)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('')
    .normalize('NFC');
  return { subject: subject.normalize('NFC'), text, html };
}

export function recipientsFor(audience: Audience, context: NoticeContext): string[] {
  switch (audience) {
    case 'focalPoint':
      return context.agency.focalEmails;
    case 'head':
      return context.agency.headEmail ? [context.agency.headEmail] : context.agency.focalEmails;
    case 'standingOffice':
      return context.standingOffice.emails;
  }
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
