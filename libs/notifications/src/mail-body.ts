/** A mail's three parts from its lines: one paragraph a line in HTML, escaped; everything NFC. */
export interface MailBody {
  subject: string;
  text: string;
  html: string;
}

export function mailBody(subject: string, lines: readonly string[], link?: { label: string; url: string }): MailBody {
  const all = link ? [...lines, '', `${link.label}: ${link.url}`] : lines;
  const paragraphs = lines.filter(Boolean).map((line) => `<p>${escapeHtml(line)}</p>`);
  if (link) paragraphs.push(`<p><a href="${escapeHtml(link.url)}">${escapeHtml(link.label)}</a></p>`);
  return {
    subject: subject.normalize('NFC'),
    text: all.join('\n').normalize('NFC'),
    html: paragraphs.join('').normalize('NFC'),
  };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
