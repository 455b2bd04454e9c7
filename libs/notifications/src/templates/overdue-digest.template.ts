import { daysBetween, formatVietnamese, type IsoDate } from '@dondoc/domain';
import { type DigestLine } from '@dondoc/persistence';
import { mailBody, type MailBody } from '../mail-body';
import { planLabel } from '../notice-context';

/** A line of the digest: an overdue assignment as it stands now, and the link to it. */
export type OverdueDigestLine = Omit<DigestLine, 'assignmentId'> & { link: string };

const STILL_OPEN = ['pending', 'in_progress', 'overdue', 'returned'];

/**
 * The standing office's one mail a day about overdue work: every assignment that passed its last escalation step
 * since the previous digest, by deadline, with how late it is and a link to it; those settled since are marked so.
 */
export function overdueDigestMail(digest: {
  officeName: string;
  date: IsoDate;
  lines: readonly OverdueDigestLine[];
  consoleLink: string;
}): MailBody {
  const open = digest.lines.filter((line) => STILL_OPEN.includes(line.status));
  const lines = digest.lines.map((line, index) => {
    const late = line.dueDate ? daysBetween(line.dueDate as IsoDate, digest.date) : null;
    const timing = line.dueDate
      ? `hạn ${formatVietnamese(line.dueDate as IsoDate)}, quá hạn ${late} ngày`
      : 'không có hạn';
    const settled = STILL_OPEN.includes(line.status) ? '' : ' (đã xử lý sau đó)';
    return `${index + 1}. ${line.agencyName}: nhiệm vụ ${line.taskCode} "${line.taskTitle}", ${planLabel({ number: line.planNumber, title: line.planTitle })}; ${timing}${settled}. ${line.link}`;
  });
  return mailBody(
    `[dondoc] Tổng hợp việc quá hạn ngày ${formatVietnamese(digest.date)}: ${open.length} nhiệm vụ chưa hoàn thành`,
    [
      `Kính gửi: ${digest.officeName},`,
      '',
      `Từ bản tổng hợp trước, ${digest.lines.length} nhiệm vụ đã quá hạn qua mọi bước nhắc và đôn đốc:`,
      ...lines,
      '',
      'Các cơ quan đã được nhắc và báo lãnh đạo theo quy định của kế hoạch.',
    ],
    { label: 'Theo dõi tiến độ', url: digest.consoleLink },
  );
}
