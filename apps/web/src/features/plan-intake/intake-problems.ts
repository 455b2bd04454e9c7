import { isApiProblem } from '../../lib/api-problem';
import { problemMessage } from '../../lib/problems';

/** The importer's refusal codes (`errors[0].code` of a 415 or 422), in Vietnamese. */
const importCodes: Record<string, string> = {
  'unsupported-format': 'Chỉ nhận tệp .txt, .md, .docx, .doc hoặc .pdf.',
  'empty-file': 'Tệp rỗng, không có nội dung.',
  'binary-content': 'Tệp không phải văn bản đọc được (có thể là tệp nhị phân đổi đuôi).',
  'corrupt-file': 'Tệp bị hỏng, không mở được.',
  'password-protected': 'Tệp Word có đặt mật khẩu. Hãy gỡ mật khẩu trong Word rồi tải lên lại.',
  'no-text-layer': 'Tệp PDF là bản quét, không có lớp văn bản, và máy chủ chưa cài nhận dạng chữ (OCR).',
  'too-many-pages': 'Văn bản có quá nhiều trang để đọc.',
  interrupted: 'Máy chủ khởi động lại khi đang nhận dạng bản quét. Vui lòng tải tệp lên lại.',
  'ocr-failed': 'Không nhận dạng được chữ trên bản quét. Hãy thử bản quét rõ hơn hoặc tệp Word.',
  'ocr-timeout': 'Nhận dạng chữ bản quét quá lâu và đã dừng. Hãy tải lên bản có ít trang hơn hoặc tệp Word.',
  'not-a-plan': 'Nội dung tệp không phải là một kế hoạch (không tìm thấy danh mục nhiệm vụ).',
};

/** Why an import was refused, in Vietnamese: the file's problem, the province, a repeated number or the status. */
export const importProblemMessage = (error: unknown): string => {
  const scanCode = scanProblemCode(error);
  if (scanCode && importCodes[scanCode]) return importCodes[scanCode];
  if (!isApiProblem(error)) return problemMessage(error);
  const code = error.code;
  if (code && importCodes[code]) return importCodes[code];
  const field = error.errors[0]?.field;
  if (error.status === 400 && field === 'province') return 'Danh bạ chưa có cơ quan nào thuộc tỉnh này.';
  if (error.status === 400 && field === 'file') return 'Chưa chọn tệp kế hoạch.';
  if (error.status === 409) return 'Đã có kế hoạch mang số hiệu này.';
  if (error.status === 413) return 'Tệp vượt quá 20 MB.';
  if (error.status === 415) return importCodes['unsupported-format'];
  return problemMessage(error);
};

/** A refusal of an activation or a preview, in Vietnamese. */
export const activationProblemMessage = (error: unknown): string => {
  if (!isApiProblem(error)) return problemMessage(error);
  const field = error.errors[0]?.field;
  if (field === 'lateDue') return 'Hạn mới cho các kỳ đã quá hạn phải là một ngày từ hôm nay trở đi.';
  if (field === 'latePeriods') return 'Có kỳ báo cáo đã quá hạn: hãy chọn mở ngay với hạn mới hoặc bắt đầu từ kỳ sau.';
  if (field === 'reason') return 'Cần nêu lý do huỷ kế hoạch.';
  if (field === 'due') return 'Hạn thực hiện không hợp lệ.';
  if (error.status === 409) return 'Kế hoạch không còn ở trạng thái cho phép thao tác này. Vui lòng tải lại trang.';
  return problemMessage(error);
};

/** A scan job's failure is its problem's code, not a thrown response. */
const scanProblemCode = (error: unknown): string | null =>
  typeof error === 'object' && error !== null && 'code' in error && !isApiProblem(error) ? String(error.code) : null;
