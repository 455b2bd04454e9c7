import { CalendarOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ReportView } from '../../api/types';
import { DeadlineText } from '../../components/deadline-text';
import { StatusTag } from '../../components/status-tag';
import { formatDate, formatPeriod } from '../../lib/dates';
import { planNumberLabel } from '../../lib/labels';

const noCountdown = new Set(['submitted', 'accepted', 'waived', 'cancelled']);

export const planLabel = (plan: ReportView['plan']) => planNumberLabel(plan.number);

export const ReportSummary = ({ view }: { view: ReportView }) => {
  const { assignment, plan, task, agency, leadAgencies } = view;
  const items: DescriptionsProps['items'] = [
    { key: 'plan', label: 'Kế hoạch', children: `${planLabel(plan)}: ${plan.title}`, span: 'filled' },
    { key: 'agency', label: 'Cơ quan', children: agency.name },
    {
      key: 'role',
      label: 'Vai trò',
      children: assignment.role === 'lead' ? 'Cơ quan chủ trì' : 'Cơ quan phối hợp',
    },
    ...(assignment.role === 'coordinating' && leadAgencies.length > 0
      ? [{ key: 'leads', label: 'Cơ quan chủ trì', children: leadAgencies.map((a) => a.name).join('; ') }]
      : []),
    { key: 'period', label: 'Kỳ báo cáo', children: formatPeriod(assignment.period) },
  ];
  return (
    <Card>
      <Typography.Text type="secondary">
        Nhiệm vụ {task.code} · {planLabel(plan)}
      </Typography.Text>
      <Typography.Title level={1} className="page-title">
        {task.title}
      </Typography.Title>
      <Flex wrap gap="small" align="center" className="deadline-line">
        <Typography.Text strong>
          <CalendarOutlined aria-hidden /> Hạn báo cáo: {formatDate(assignment.due)}
        </Typography.Text>
        {noCountdown.has(assignment.status) ? null : <DeadlineText daysLeft={assignment.daysLeft} />}
        <StatusTag status={assignment.status} />
      </Flex>
      {task.content ? (
        <div className="task-content">
          <Typography.Text strong>Nội dung nhiệm vụ</Typography.Text>
          <Typography.Paragraph className="pre-wrap">{task.content}</Typography.Paragraph>
        </div>
      ) : null}
      <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />
    </Card>
  );
};
