import { isApiProblem } from '../../lib/api-problem';
import { messageForCode, problemMessage } from '../../lib/problems';

/** The shared texts speak to agencies; a few refusals read differently to the office deciding. */
const forTheOffice: Record<string, string> = {
  AwaitingReview: 'Báo cáo của cơ quan đang chờ xem xét: hãy tiếp nhận hoặc trả lại báo cáo trước.',
};

export const deskCodeMessage = (code: string | undefined): string | undefined =>
  (code ? forTheOffice[code] : undefined) ?? messageForCode(code);

export const deskProblemMessage = (error: unknown): string =>
  (isApiProblem(error) ? deskCodeMessage(error.code) : undefined) ?? problemMessage(error);
