import { isApiProblem } from './api-problem';

const byCode: Record<string, string> = {
  AssignmentSettled: 'Nhiệm vụ đã kết thúc, không nhận thêm báo cáo.',
  NotAssignee: 'Cơ quan của bạn không phải là cơ quan được giao nhiệm vụ này.',
  AwaitingReview: 'Báo cáo trước đang chờ xem xét, chưa thể gửi báo cáo mới.',
  EmptyReport: 'Báo cáo chưa có nội dung hoặc tệp đính kèm.',
  NotAwaitingFindings: 'Đợt kiểm tra không còn nhận kết quả kiểm tra.',
  FileTypeRefused: 'Loại tệp này không được chấp nhận.',
  FileTooLarge: 'Tệp vượt quá dung lượng cho phép.',
  TooManyFiles: 'Số tệp đính kèm vượt quá mức cho phép.',
  NothingToReview: 'Không có báo cáo nào đang chờ xem xét.',
  NewDueRequired: 'Khi trả lại báo cáo cần nêu hạn gửi lại.',
  DueInPast: 'Hạn mới không được ở quá khứ.',
  NotLater: 'Hạn mới phải sau hạn hiện tại.',
  SameAgency: 'Nhiệm vụ đang được giao cho chính cơ quan này.',
  AgencyAlreadyAssigned: 'Cơ quan này đã được giao nhiệm vụ này trong cùng kỳ.',
  WorkflowNotRunning: 'Nhiệm vụ đã kết thúc hoặc chưa được khởi chạy, không thể thực hiện thao tác này.',
  WorkflowNotStarted:
    'Nhiệm vụ đang được khởi tạo. Vui lòng bấm gửi lại sau ít giây: thao tác chỉ được ghi nhận một lần.',
  TemporalUnavailable:
    'Hệ thống điều phối chưa phản hồi kịp. Vui lòng bấm gửi lại sau ít giây: thao tác chỉ được ghi nhận một lần.',
  NetworkError: 'Không kết nối được tới máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.',
  IdempotencyKeyReused: 'Thao tác này trùng mã với một thao tác khác đã gửi. Vui lòng tải lại trang rồi thực hiện lại.',
};

const byStatus: Record<number, string> = {
  400: 'Thông tin gửi lên chưa hợp lệ, vui lòng kiểm tra lại.',
  401: 'Phiên làm việc đã hết hạn hoặc bạn chưa đăng nhập.',
  403: 'Bạn không có quyền thực hiện thao tác này.',
  404: 'Không tìm thấy dữ liệu yêu cầu.',
  409: 'Thao tác không thực hiện được vì dữ liệu vừa thay đổi. Vui lòng tải lại trang.',
  413: 'Tệp đính kèm vượt quá dung lượng cho phép.',
  429: 'Bạn đã thao tác quá nhiều lần, vui lòng thử lại sau ít phút.',
  500: 'Hệ thống gặp lỗi, vui lòng thử lại sau.',
  503: 'Hệ thống tạm thời không phục vụ được, vui lòng thử lại sau ít phút.',
};

const fallback = 'Đã có lỗi xảy ra, vui lòng thử lại.';

export const messageForCode = (code: string | undefined): string | undefined =>
  code === undefined ? undefined : byCode[code];

export const messageForStatus = (status: number): string =>
  byStatus[status] ?? (status >= 500 ? byStatus[500] : status >= 400 ? byStatus[400] : fallback);

/** The Vietnamese sentence to show for any error a request may throw. */
export const problemMessage = (error: unknown): string => {
  if (!isApiProblem(error)) return fallback;
  return messageForCode(error.code) ?? messageForStatus(error.status);
};

export interface FieldError {
  field: string;
  index: number | undefined;
  message: string;
}

/** Field errors of a 400: `attachments[1]` becomes field `attachments`, index 1. */
export const fieldErrors = (error: unknown): FieldError[] => {
  if (!isApiProblem(error)) return [];
  const codeMessage = messageForCode(error.code);
  return error.errors.map(({ field, message }) => {
    const match = /^([^[.]+)(?:\[(\d+)\])?/.exec(field);
    const index = match?.[2];
    return {
      field: match?.[1] ?? field,
      index: index === undefined ? undefined : Number(index),
      message: codeMessage ?? message,
    };
  });
};
