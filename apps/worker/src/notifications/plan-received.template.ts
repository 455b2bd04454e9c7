export interface PlanReceivedMail {
  subject: string;
  text: string;
  html: string;
}

/** The standing office's acknowledgement that dondoc has taken a plan in. */
export function planReceivedMail(plan: { title: string; number: string | null; link: string }): PlanReceivedMail {
  const label = plan.number ? `Kế hoạch số ${plan.number}` : 'Kế hoạch';
  const subject = `[dondoc] Đã tiếp nhận ${label}: ${plan.title}`.normalize('NFC');
  const text = [
    'Kính gửi Văn phòng thường trực,',
    '',
    `dondoc đã tiếp nhận ${label} "${plan.title}" và sẽ theo dõi, đôn đốc việc thực hiện.`,
    `Xem chi tiết: ${plan.link}`,
  ].join('\n');
  const html = `<p>Kính gửi Văn phòng thường trực,</p><p>dondoc đã tiếp nhận ${escapeHtml(label)} "<strong>${escapeHtml(plan.title)}</strong>" và sẽ theo dõi, đôn đốc việc thực hiện.</p><p><a href="${escapeHtml(plan.link)}">Xem chi tiết</a></p>`;
  return { subject, text: text.normalize('NFC'), html: html.normalize('NFC') };
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
