import { Alert, Card, Typography } from 'antd';
import type { ReportHistoryEntry, ReportView } from '../../api/types';
import { AttachmentList } from '../../components/attachment-list';
import { formatDate, formatInstant } from '../../lib/dates';

type Submission = Extract<ReportHistoryEntry, { kind: 'submission' }>;
type Review = Extract<ReportHistoryEntry, { kind: 'review' }>;

const lastOf = <K extends ReportHistoryEntry['kind']>(history: readonly ReportHistoryEntry[], kind: K) =>
  [...history].reverse().find((entry): entry is Extract<ReportHistoryEntry, { kind: K }> => entry.kind === kind);

const SentReport = ({ submission }: { submission: Submission | undefined }) =>
  submission ? (
    <Card size="small" title={`Báo cáo lần ${submission.version}, gửi lúc ${formatInstant(submission.at)}`}>
      <Typography.Paragraph className="pre-wrap">
        {submission.reportText || (
          <Typography.Text type="secondary">(Không có nội dung, chỉ có tệp đính kèm)</Typography.Text>
        )}
      </Typography.Paragraph>
      <AttachmentList attachments={submission.attachments} />
    </Card>
  ) : null;

const ReturnedNotice = ({ review, due }: { review: Review | undefined; due: string | null }) => (
  <Alert
    type="warning"
    showIcon
    title="Báo cáo đã bị trả lại, đề nghị cơ quan bổ sung và gửi lại"
    description={
      <>
        {review?.comment ? (
          <Typography.Paragraph className="pre-wrap returned-comment">
            <strong>Ý kiến của cơ quan theo dõi:</strong> {review.comment}
          </Typography.Paragraph>
        ) : null}
        <Typography.Text strong>Hạn gửi lại: {formatDate(due ?? review?.newDue)}</Typography.Text>
      </>
    }
  />
);

/** What the status means for the agency: why the form is (or is not) open. */
export const ReportStatusNotice = ({ view, justSent }: { view: ReportView; justSent: boolean }) => {
  const { assignment, history } = view;
  const submission = lastOf(history, 'submission');
  const review = lastOf(history, 'review');
  switch (assignment.status) {
    case 'returned':
      return <ReturnedNotice review={review} due={assignment.due} />;
    case 'submitted':
      return (
        <>
          {justSent ? null : (
            <Alert
              type="info"
              showIcon
              title="Báo cáo đang chờ xem xét"
              description="Cơ quan theo dõi đang xem xét báo cáo. dondoc sẽ gửi thư điện tử cho cơ quan khi có kết quả."
            />
          )}
          <SentReport submission={submission} />
        </>
      );
    case 'accepted':
      return (
        <>
          <Alert
            type="success"
            showIcon
            title="Báo cáo đã được tiếp nhận"
            description={
              review?.comment ? `Ý kiến: ${review.comment}` : 'Cơ quan không cần gửi thêm báo cáo cho kỳ này.'
            }
          />
          <SentReport submission={submission} />
        </>
      );
    case 'waived':
      return <Alert type="info" showIcon title="Cơ quan được miễn báo cáo nhiệm vụ này" />;
    case 'cancelled':
      return <Alert type="info" showIcon title="Nhiệm vụ đã hủy, cơ quan không cần gửi báo cáo" />;
    case 'pending':
    case 'in_progress':
    case 'overdue':
      return assignment.canSubmit ? null : (
        <Alert type="info" showIcon title="Hiện chưa thể gửi báo cáo cho nhiệm vụ này" />
      );
  }
};
