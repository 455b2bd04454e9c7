import { Card, Typography } from 'antd';
import type { ReportView } from '../../api/types';
import { AttachmentList } from '../../components/attachment-list';
import { StatusTag } from '../../components/status-tag';
import { formatDate, formatInstant } from '../../lib/dates';

type Input = ReportView['inputs'][number];

const InputItem = ({ input }: { input: Input }) => (
  <li className="coordinating-input">
    <div className="timeline-entry">
      <div>
        <Typography.Text strong>{input.agency.name}</Typography.Text> <StatusTag status={input.status} />
      </div>
      {input.due ? <Typography.Text type="secondary">Hạn gửi: {formatDate(input.due)}</Typography.Text> : null}
      {input.latest ? (
        <>
          <Typography.Paragraph type="secondary">
            Đã gửi lần {input.latest.version} lúc {formatInstant(input.latest.submittedAt)}
          </Typography.Paragraph>
          {input.latest.reportText ? (
            <Typography.Paragraph className="pre-wrap" ellipsis={{ rows: 4, expandable: 'collapsible' }}>
              {input.latest.reportText}
            </Typography.Paragraph>
          ) : null}
          <AttachmentList attachments={input.latest.attachments} />
        </>
      ) : (
        <Typography.Paragraph type="secondary">Chưa gửi ý kiến, kết quả phối hợp.</Typography.Paragraph>
      )}
    </div>
  </li>
);

/** On a lead agency's page: what each coordinating agency sent it for this task, to build its own report on. */
export const CoordinatingInputs = ({ inputs }: { inputs: readonly Input[] }) => {
  if (inputs.length === 0) return null;
  const received = inputs.filter((input) => input.latest !== null).length;
  return (
    <Card
      title={<h2 className="card-heading">Ý kiến, kết quả của cơ quan phối hợp</h2>}
      extra={<Typography.Text type="secondary">{`Đã nhận ${received}/${inputs.length}`}</Typography.Text>}
    >
      <ul className="coordinating-inputs" aria-label="Cơ quan phối hợp">
        {inputs.map((input) => (
          <InputItem key={input.assignmentId} input={input} />
        ))}
      </ul>
    </Card>
  );
};
