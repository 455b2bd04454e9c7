export type LinkProblem = 'invalid' | 'expired' | 'revoked';

/** The server says why the link failed in a meta tag of the index.html it answers /r/<token> and /i/<token> with. */
export const readLinkProblem = (doc: Document = document): LinkProblem => {
  const content = doc.querySelector('meta[name="dondoc-link-problem"]')?.getAttribute('content');
  return content === 'expired' || content === 'revoked' ? content : 'invalid';
};

export const linkProblemTexts: Record<LinkProblem, { title: string; explanation: string }> = {
  invalid: {
    title: 'Liên kết không hợp lệ',
    explanation:
      'Liên kết có thể đã bị sao chép thiếu ký tự hoặc đã được thay bằng một liên kết mới hơn. ' +
      'Vui lòng mở lại liên kết trong thư điện tử mới nhất của dondoc.',
  },
  expired: {
    title: 'Liên kết đã hết hạn',
    explanation: 'Vì an toàn, mỗi liên kết trong thư chỉ dùng được trong một thời gian nhất định.',
  },
  revoked: {
    title: 'Liên kết đã bị thu hồi (nhiệm vụ đã được giao cho cơ quan khác)',
    explanation: 'Nếu cơ quan vẫn còn nhiệm vụ cần báo cáo, dondoc sẽ gửi liên kết mới tới địa chỉ đã đăng ký.',
  },
};
