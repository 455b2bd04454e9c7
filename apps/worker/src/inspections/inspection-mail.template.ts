import { formatVietnamese } from '@dondoc/domain';
import { type InspectionBrief } from './inspection-store';

const planLabel = (brief: InspectionBrief) =>
  brief.plan.number ? `Kế hoạch số ${brief.plan.number}` : `Kế hoạch "${brief.plan.title}"`;
const scope = (brief: InspectionBrief) => (brief.taskCode ? `, nhiệm vụ ${brief.taskCode}` : '');

export function teamBriefMail(brief: InspectionBrief, team: InspectionBrief['teams'][number]) {
  const subject = `[dondoc] ${team.name}: kiểm tra việc thực hiện ${planLabel(brief)}${scope(brief)}`;
  const text = [
    `Kính gửi các thành viên ${team.name},`,
    '',
    `Thời gian kiểm tra: từ ngày ${formatVietnamese(brief.windowStart)} đến ngày ${formatVietnamese(brief.windowEnd)}.`,
    `Cơ quan, đơn vị được kiểm tra: ${team.agencies.join('; ')}.`,
    `Báo cáo kết quả kiểm tra gửi trước ngày ${formatVietnamese(brief.reportDue)}.`,
  ].join('\n');
  return { subject: subject.normalize('NFC'), text: text.normalize('NFC') };
}

export function findingsReminderMail(brief: InspectionBrief, daysLeft: number) {
  const when = daysLeft > 0 ? `còn ${daysLeft} ngày` : 'hôm nay là hạn';
  const subject = `[dondoc] Nhắc hạn báo cáo kết quả kiểm tra: ${planLabel(brief)}${scope(brief)}, ${when}`;
  const text = `Đề nghị các đoàn kiểm tra gửi báo cáo kết quả kiểm tra trước ngày ${formatVietnamese(brief.reportDue)} (${when}).`;
  return { subject: subject.normalize('NFC'), text: text.normalize('NFC') };
}

export function consolidatedReportDueMail(brief: InspectionBrief) {
  const subject = `[dondoc] Đã có kết quả kiểm tra: đề nghị tổng hợp báo cáo ${planLabel(brief)}${scope(brief)}`;
  const text = `Kính gửi ${brief.standingOffice.name},\n\nCác đoàn kiểm tra đã gửi báo cáo kết quả kiểm tra. Đề nghị tổng hợp, báo cáo kết quả kiểm tra việc thực hiện ${planLabel(brief)}.`;
  return { subject: subject.normalize('NFC'), text: text.normalize('NFC') };
}
