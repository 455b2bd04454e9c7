import { Card, Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { Briefing } from '../../api/types';
import { DeadlineText } from '../../components/deadline-text';
import { ToneTag } from '../../components/tone-tag';
import { daysUntil, formatDate, formatPeriod } from '../../lib/dates';
import { inspectionStatusLabels } from './labels';

export const InspectionSummary = ({ briefing }: { briefing: Briefing }) => {
  const { inspection, plan, task, team } = briefing;
  const items: DescriptionsProps['items'] = [
    {
      key: 'plan',
      label: 'Kế hoạch',
      children: `${plan.number ? `Kế hoạch số ${plan.number}: ` : ''}${plan.title}`,
      span: 'filled',
    },
    {
      key: 'scope',
      label: 'Nội dung kiểm tra',
      children: task ? `Nhiệm vụ ${task.code}: ${task.title}` : 'Toàn bộ kế hoạch',
      span: 'filled',
    },
    { key: 'period', label: 'Kỳ', children: formatPeriod(inspection.period) },
    {
      key: 'status',
      label: 'Trạng thái',
      children: <ToneTag tone="neutral">{inspectionStatusLabels[inspection.status]}</ToneTag>,
    },
    {
      key: 'members',
      label: 'Thành viên đoàn',
      span: 'filled',
      children: (
        <ul className="plain-list compact">
          {team.members.map((member) => (
            <li key={member.email}>
              {member.name} <Typography.Text type="secondary">({member.email})</Typography.Text>
            </li>
          ))}
        </ul>
      ),
    },
  ];
  return (
    <Card>
      <Typography.Text type="secondary">Thông tin đợt kiểm tra</Typography.Text>
      <Typography.Title level={1} className="page-title">
        {team.name}
      </Typography.Title>
      <Typography.Paragraph strong>
        Thời gian kiểm tra: từ {formatDate(inspection.windowStart)} đến {formatDate(inspection.windowEnd)}
      </Typography.Paragraph>
      <Typography.Paragraph>
        <Typography.Text strong>Hạn gửi báo cáo kết quả kiểm tra: {formatDate(inspection.reportDue)}</Typography.Text>{' '}
        {inspection.reportDue && inspection.canSubmit ? (
          <DeadlineText daysLeft={daysUntil(inspection.reportDue)} />
        ) : null}
      </Typography.Paragraph>
      <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />
    </Card>
  );
};
