import { formatVietnamese } from '@dondoc/domain';
import { mailBody, type MailBody } from '../mail-body';
import { type InspectionBrief, planLabel } from '../notice-context';

const scope = (brief: InspectionBrief) => (brief.taskCode ? `, nhiệm vụ ${brief.taskCode}` : '');

export function teamBriefMail(
  brief: InspectionBrief,
  team: InspectionBrief['teams'][number],
  inspector: { name: string },
  link: string,
): MailBody {
  return mailBody(
    `[dondoc] ${team.name}: kiểm tra việc thực hiện ${planLabel(brief.plan)}${scope(brief)}`,
    [
      `Kính gửi ${inspector.name}, thành viên ${team.name},`,
      '',
      `Thành viên đoàn: ${team.inspectors.map((member) => member.name).join('; ')}.`,
      `Thời gian kiểm tra: từ ngày ${formatVietnamese(brief.windowStart)} đến ngày ${formatVietnamese(brief.windowEnd)}.`,
      `Cơ quan, đơn vị được kiểm tra: ${team.agencies.join('; ')}.`,
      `Báo cáo kết quả kiểm tra gửi trước ngày ${formatVietnamese(brief.reportDue)}.`,
    ],
    { label: 'Xem nội dung kiểm tra và gửi kết quả', url: link },
  );
}

export function findingsReminderMail(brief: InspectionBrief, daysLeft: number, link: string): MailBody {
  const when =
    daysLeft > 0 ? `còn ${daysLeft} ngày` : daysLeft === 0 ? 'hôm nay là hạn' : `đã quá hạn ${-daysLeft} ngày`;
  return mailBody(
    daysLeft < 0
      ? `[dondoc] Quá hạn báo cáo kết quả kiểm tra: ${planLabel(brief.plan)}${scope(brief)}, ${when}`
      : `[dondoc] Nhắc hạn báo cáo kết quả kiểm tra: ${planLabel(brief.plan)}${scope(brief)}, ${when}`,
    [
      daysLeft < 0
        ? `Các đoàn kiểm tra chưa gửi báo cáo kết quả kiểm tra, hạn ngày ${formatVietnamese(brief.reportDue)} (${when}). Đề nghị hoàn thành ngay.`
        : `Đề nghị các đoàn kiểm tra gửi báo cáo kết quả kiểm tra trước ngày ${formatVietnamese(brief.reportDue)} (${when}).`,
    ],
    { label: 'Gửi kết quả kiểm tra', url: link },
  );
}

export function consolidatedReportDueMail(brief: InspectionBrief, link: string): MailBody {
  return mailBody(
    `[dondoc] Đã có kết quả kiểm tra: đề nghị tổng hợp báo cáo ${planLabel(brief.plan)}${scope(brief)}`,
    [
      `Kính gửi ${brief.standingOffice.name},`,
      '',
      `Các đoàn kiểm tra đã gửi báo cáo kết quả kiểm tra. Đề nghị tổng hợp, báo cáo kết quả kiểm tra việc thực hiện ${planLabel(brief.plan)}.`,
    ],
    { label: 'Xem kết quả kiểm tra', url: link },
  );
}
