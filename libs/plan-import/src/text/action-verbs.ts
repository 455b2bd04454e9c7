/**
 * Capitalised verbs that open an action sentence. A heading line that is not closed by punctuation and is
 * followed by a line opening with one of these is taken to end there (PDF text loses the bold heading).
 */
const OPENERS = [
  'Tổ chức',
  'Triển khai',
  'Xây dựng',
  'Thực hiện',
  'Tăng cường',
  'Đẩy mạnh',
  'Nâng cao',
  'Tiếp tục',
  'Chỉ đạo',
  'Hướng dẫn',
  'Rà soát',
  'Kiện toàn',
  'Phát huy',
  'Biên soạn',
  'Khảo sát',
  'Theo dõi',
  'Đôn đốc',
  'Kiểm tra',
  'Nghiên cứu',
  'Cập nhật',
  'Duy trì',
  'Lồng ghép',
  'Đổi mới',
  'Ứng dụng',
  'Tuyên truyền',
  'Ban hành',
  'Chủ trì',
  'Phối hợp',
  'Tham mưu',
  'Đánh giá',
  'Tổng hợp',
  'Định kỳ',
  'Căn cứ',
];

export function startsWithActionOpener(line: string): boolean {
  return OPENERS.some((verb) => line.startsWith(`${verb} `));
}
