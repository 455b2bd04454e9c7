import { Card, Descriptions, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ReportView } from '../../api/types';
import { DeadlineText } from '../../components/deadline-text';
import { StatusTag } from '../../components/status-tag';
import { formatDate, formatPeriod } from '../../lib/dates';
import { roleLabels } from './labels';
import { planNumberLabel } from '../../lib/labels';

interface AssignmentOverviewProps {
  view: ReportView;
  /** The managers' bulk actions, beside the facts they act on. */
  taskActions?: ReactNode;
  agencyActions?: ReactNode;
}

export const AssignmentOverview = ({ view, taskActions, agencyActions }: AssignmentOverviewProps) => {
  const { assignment, plan, task, agency } = view;
  const items: DescriptionsProps['items'] = [
    {
      key: 'plan',
      label: 'Kế hoạch',
      children: (
        <Link to={`/ke-hoach/${plan.id}`}>
          {plan.number ? `${planNumberLabel(plan.number)}: ` : ''}
          {plan.title}
        </Link>
      ),
    },
    {
      key: 'agency',
      label: 'Cơ quan thực hiện',
      children: (
        <div>
          <Link to={`/co-quan/${agency.id}`}>{agency.name}</Link>
          {agencyActions ? <div className="desk-inline-action">{agencyActions}</div> : null}
        </div>
      ),
    },
    { key: 'role', label: 'Vai trò', children: roleLabels[assignment.role] },
    { key: 'period', label: 'Kỳ báo cáo', children: formatPeriod(assignment.period) },
    {
      key: 'due',
      label: 'Hạn báo cáo',
      children: (
        <span>
          {formatDate(assignment.due)} <DeadlineText daysLeft={assignment.daysLeft} />
        </span>
      ),
    },
    { key: 'status', label: 'Trạng thái', children: <StatusTag status={assignment.status} /> },
  ];
  if (assignment.role === 'coordinating' && view.leadAgencies.length > 0) {
    items.push({
      key: 'leads',
      label: 'Cơ quan chủ trì',
      children: view.leadAgencies.map((lead) => lead.name).join(', '),
    });
  }
  return (
    <Card>
      <Typography.Text type="secondary">Nhiệm vụ {task.code}</Typography.Text>
      <Typography.Title level={1} className="page-title">
        {task.title}
      </Typography.Title>
      {task.content ? (
        <Typography.Paragraph className="pre-wrap" ellipsis={{ rows: 3, expandable: 'collapsible' }}>
          {task.content}
        </Typography.Paragraph>
      ) : null}
      {taskActions ? <div className="desk-inline-action">{taskActions}</div> : null}
      <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} items={items} />
    </Card>
  );
};
