import { Card, Timeline, Typography } from 'antd';
import type { TimelineProps } from 'antd';
import type { ReportHistoryEntry } from '../../api/types';
import { AttachmentList } from '../../components/attachment-list';
import { ToneTag } from '../../components/tone-tag';
import { formatDate, formatInstant } from '../../lib/dates';

const When = ({ at }: { at: string }) => (
  <Typography.Text type="secondary" className="timeline-when">
    {formatInstant(at)}
  </Typography.Text>
);

const entryContent = (entry: ReportHistoryEntry) => {
  switch (entry.kind) {
    case 'submission':
      return (
        <>
          <When at={entry.at} />
          <Typography.Text strong>Gửi báo cáo lần {entry.version}</Typography.Text>
          {entry.reportText ? (
            <Typography.Paragraph className="pre-wrap" ellipsis={{ rows: 4, expandable: 'collapsible' }}>
              {entry.reportText}
            </Typography.Paragraph>
          ) : null}
          <AttachmentList attachments={entry.attachments} />
        </>
      );
    case 'review':
      return (
        <>
          <When at={entry.at} />
          <div>
            <ToneTag tone={entry.outcome === 'accepted' ? 'success' : 'warning'}>
              {entry.outcome === 'accepted' ? 'Đã tiếp nhận' : 'Trả lại'}
            </ToneTag>
            <Typography.Text strong>báo cáo lần {entry.version}</Typography.Text>
          </div>
          {entry.comment ? (
            <Typography.Paragraph className="pre-wrap">Ý kiến: {entry.comment}</Typography.Paragraph>
          ) : null}
          {entry.newDue ? <Typography.Paragraph>Hạn gửi lại: {formatDate(entry.newDue)}</Typography.Paragraph> : null}
        </>
      );
    case 'extension':
      return (
        <>
          <When at={entry.at} />
          <Typography.Text strong>Gia hạn báo cáo đến ngày {formatDate(entry.newDue)}</Typography.Text>
        </>
      );
    case 'refused-address':
      return (
        <>
          <When at={entry.at} />
          <Typography.Text strong>Không gửi được thư tới địa chỉ {entry.address}</Typography.Text>
          <Typography.Paragraph type="secondary">
            Máy chủ thư từ chối địa chỉ này. Văn phòng thường trực đã được báo để cập nhật danh bạ.
          </Typography.Paragraph>
        </>
      );
  }
};

const colorOf = (entry: ReportHistoryEntry): string => {
  if (entry.kind === 'review') return entry.outcome === 'accepted' ? 'green' : 'red';
  if (entry.kind === 'refused-address') return 'orange';
  return entry.kind === 'extension' ? 'gray' : 'blue';
};

export const ReportHistory = ({ history }: { history: readonly ReportHistoryEntry[] }) => {
  const items: TimelineProps['items'] = history.map((entry, index) => ({
    key: `${entry.kind}-${index}`,
    color: colorOf(entry),
    content: <div className="timeline-entry">{entryContent(entry)}</div>,
  }));
  return (
    <Card title={<h2 className="card-heading">Quá trình thực hiện</h2>}>
      {items.length === 0 ? (
        <Typography.Text type="secondary">Cơ quan chưa gửi báo cáo nào cho nhiệm vụ này.</Typography.Text>
      ) : (
        <Timeline items={items} />
      )}
    </Card>
  );
};
