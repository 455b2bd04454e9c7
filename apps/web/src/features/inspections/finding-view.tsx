import { Descriptions, Typography } from 'antd';
import type { Finding } from '../../api/types';
import { AttachmentList } from '../../components/attachment-list';
import { formatInstant } from '../../lib/dates';
import { ratingLabels } from './labels';

export const FindingView = ({ finding }: { finding: Finding | null }) => {
  if (!finding) return <Typography.Text type="secondary">Đoàn chưa ghi kết quả kiểm tra cơ quan này.</Typography.Text>;
  return (
    <Descriptions
      size="small"
      column={1}
      items={[
        { key: 'finding', label: 'Kết quả kiểm tra', children: <span className="pre-wrap">{finding.finding}</span> },
        { key: 'rating', label: 'Xếp loại', children: ratingLabels[finding.rating] },
        {
          key: 'recommendation',
          label: 'Kiến nghị',
          children: <span className="pre-wrap">{finding.recommendation || '—'}</span>,
        },
        ...(finding.attachments.length > 0
          ? [{ key: 'files', label: 'Tệp đính kèm', children: <AttachmentList attachments={finding.attachments} /> }]
          : []),
        { key: 'updated', label: 'Cập nhật lúc', children: formatInstant(finding.updatedAt) },
      ]}
    />
  );
};
