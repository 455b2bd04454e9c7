import { formatVietnamese, type IsoDate } from '@dondoc/domain';
import { mailBody, type MailBody } from '../mail-body';
import { calendarFeedLines, leadNames, type NoticeContext, planLabel } from '../notice-context';

export type AgencyEvent =
  | { kind: 'assigned'; due: IsoDate }
  | {
      kind: 'receipt';
      version: number;
      receivedAt: Date;
      reportText: string;
      attachments: Array<{ filename: string; size: number }>;
    }
  | { kind: 'returned'; version: number; comment: string | null; newDue: IsoDate }
  | { kind: 'accepted'; version: number; comment: string | null };

const ROLE = { lead: 'cơ quan chủ trì', coordinating: 'cơ quan phối hợp' } as const;

/** A coordinating agency's input goes to the lead agency, ahead of the lead's own deadline. */
export function coordinatingLines(lead: NonNullable<NoticeContext['lead']>, due: IsoDate): string[] {
  return [
    `Đề nghị gửi ý kiến, kết quả phối hợp tới ${leadNames(lead)} (cơ quan chủ trì) qua dondoc trước ngày ${formatVietnamese(due)}.`,
    ...(lead.due ? [`Hạn báo cáo của cơ quan chủ trì: ${formatVietnamese(lead.due)}.`] : []),
  ];
}

/** What the agency is told as its work moves: given, received, returned, accepted; each with its personal link. */
export function agencyEventMail(event: AgencyEvent, context: NoticeContext, link: string): MailBody {
  const plan = planLabel(context.plan);
  const task = `nhiệm vụ ${context.task.code}: ${context.task.title}`;
  const greeting = [`Kính gửi: Lãnh đạo, đầu mối ${context.agency.name},`, ''];
  const open = { label: 'Xem nhiệm vụ và gửi báo cáo', url: link };
  switch (event.kind) {
    case 'assigned':
      return mailBody(
        `[dondoc] Giao nhiệm vụ: ${plan}, nhiệm vụ ${context.task.code}`,
        [
          ...greeting,
          `Thực hiện ${plan} (${context.plan.title}), ${context.agency.name} được giao ${task}, với vai trò ${ROLE[context.role]}.`,
          ...(context.lead
            ? coordinatingLines(context.lead, event.due)
            : [`Hạn báo cáo kết quả thực hiện: ${formatVietnamese(event.due)}.`]),
          `Đầu mối theo dõi: ${context.standingOffice.name}.`,
          ...calendarFeedLines(context),
        ],
        open,
      );
    case 'receipt':
      return mailBody(
        `[dondoc] Đã nhận báo cáo: ${plan}, nhiệm vụ ${context.task.code} (lần ${event.version})`,
        [
          ...greeting,
          `dondoc đã nhận báo cáo kết quả lần ${event.version} của ${context.agency.name} về ${task}, lúc ${formatInstant(event.receivedAt)}.`,
          `Nội dung báo cáo: ${event.reportText.trim() ? `${event.reportText.trim().length} ký tự` : 'không có'}.`,
          event.attachments.length > 0
            ? `Tệp đính kèm (${event.attachments.length}): ${event.attachments.map((file) => `${file.filename} (${formatSize(file.size)})`).join('; ')}.`
            : 'Tệp đính kèm: không có.',
          `Báo cáo đang chờ ${context.standingOffice.name} xem xét.`,
        ],
        { label: 'Xem báo cáo đã gửi', url: link },
      );
    case 'returned':
      return mailBody(
        `[dondoc] Báo cáo bị trả lại: ${plan}, nhiệm vụ ${context.task.code}`,
        [
          ...greeting,
          `${context.standingOffice.name} trả lại báo cáo lần ${event.version} về ${task}.`,
          `Ý kiến: ${event.comment ?? '(không có)'}`,
          `Đề nghị hoàn thiện và gửi lại báo cáo trước ngày ${formatVietnamese(event.newDue)}.`,
        ],
        { label: 'Gửi lại báo cáo', url: link },
      );
    case 'accepted':
      return mailBody(
        `[dondoc] Đã tiếp nhận báo cáo: ${plan}, nhiệm vụ ${context.task.code}`,
        [
          ...greeting,
          `${context.standingOffice.name} đã tiếp nhận báo cáo lần ${event.version} của ${context.agency.name} về ${task}.`,
          ...(event.comment ? [`Ý kiến: ${event.comment}`] : []),
        ],
        { label: 'Xem nhiệm vụ', url: link },
      );
  }
}

export function formatInstant(instant: Date): string {
  const local = new Date(instant.getTime() + 7 * 3_600_000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ngày ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}
