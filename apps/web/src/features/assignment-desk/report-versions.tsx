import { Card, List, Typography } from 'antd';
import type { ReportHistoryEntry } from '../../api/types';
import { AttachmentList } from '../../components/attachment-list';
import { ToneTag } from '../../components/tone-tag';
import { formatDate, formatInstant } from '../../lib/dates';

type Submission = Extract<ReportHistoryEntry, { kind: 'submission' }>;
type Review = Extract<ReportHistoryEntry, { kind: 'review' }>;

const ReviewNote = ({ review }: { review: Review | undefined }) => {
  if (!review) return <ToneTag tone="info">Chờ xem xét</ToneTag>;
  return (
    <div>
      <ToneTag tone={review.outcome === 'accepted' ? 'success' : 'warning'}>
        {review.outcome === 'accepted' ? 'Đã tiếp nhận' : 'Đã trả lại'}
      </ToneTag>
      <Typography.Text type="secondary">{formatInstant(review.at)}</Typography.Text>
      {review.comment ? (
        <Typography.Paragraph className="pre-wrap">Ý kiến: {review.comment}</Typography.Paragraph>
      ) : null}
      {review.newDue ? <Typography.Paragraph>Hạn gửi lại: {formatDate(review.newDue)}</Typography.Paragraph> : null}
    </div>
  );
};

/** Every version the agency sent, newest first, with its files to open or download and its review. */
export const ReportVersions = ({ history }: { history: readonly ReportHistoryEntry[] }) => {
  const submissions = history.filter((entry): entry is Submission => entry.kind === 'submission').reverse();
  const reviews = new Map(
    history.filter((entry): entry is Review => entry.kind === 'review').map((review) => [review.version, review]),
  );
  return (
    <Card title={<h2 className="card-heading">Báo cáo của cơ quan</h2>}>
      {submissions.length === 0 ? (
        <Typography.Text type="secondary">Cơ quan chưa gửi báo cáo nào.</Typography.Text>
      ) : (
        <List
          itemLayout="vertical"
          dataSource={submissions}
          rowKey={(entry) => String(entry.version)}
          renderItem={(entry) => (
            <List.Item>
              <article aria-label={`Báo cáo lần ${entry.version}`}>
                <h3 className="desk-version-heading">
                  Báo cáo lần {entry.version}{' '}
                  <Typography.Text type="secondary" className="desk-version-when">
                    gửi lúc {formatInstant(entry.at)}
                  </Typography.Text>
                </h3>
                {entry.reportText ? (
                  <Typography.Paragraph className="pre-wrap" ellipsis={{ rows: 6, expandable: 'collapsible' }}>
                    {entry.reportText}
                  </Typography.Paragraph>
                ) : (
                  <Typography.Paragraph type="secondary">Không có nội dung, chỉ có tệp đính kèm.</Typography.Paragraph>
                )}
                <AttachmentList attachments={entry.attachments} />
                <ReviewNote review={reviews.get(entry.version)} />
              </article>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
};
