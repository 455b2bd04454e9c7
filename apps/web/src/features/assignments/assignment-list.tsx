import { Card, Flex, Typography } from 'antd';
import { Link } from 'react-router';
import type { AssignmentStatus, AssignmentSummary } from '../../api/types';
import { DeadlineText } from '../../components/deadline-text';
import { EmptyState } from '../../components/empty-state';
import { StatusTag } from '../../components/status-tag';
import { daysUntil, formatDate, periodInSentence } from '../../lib/dates';
import { planNumberLabel } from '../../lib/labels';

const needsAction: readonly AssignmentStatus[] = ['overdue', 'returned', 'pending', 'in_progress'];

const byUrgency = (a: AssignmentSummary, b: AssignmentSummary): number => {
  const rank = (x: AssignmentSummary) => (needsAction.includes(x.status) ? 0 : 1);
  return rank(a) - rank(b) || (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999');
};

const planLabel = (item: AssignmentSummary) => `${planNumberLabel(item.planNumber)}: ${item.planTitle}`;

const AssignmentItem = ({ item }: { item: AssignmentSummary }) => (
  <Card size="small">
    <Flex vertical gap={4}>
      <Link to={`/bao-cao/${item.id}`} className="assignment-link">
        Nhiệm vụ {item.taskCode}: {item.taskTitle}
      </Link>
      <Typography.Text type="secondary">{planLabel(item)}</Typography.Text>
      <Typography.Text>
        {item.role === 'lead' ? 'Chủ trì' : 'Phối hợp'} thực hiện, kỳ báo cáo {periodInSentence(item.period)}
      </Typography.Text>
      <Flex wrap gap="small" align="center">
        <StatusTag status={item.status} />
        <Typography.Text>Hạn báo cáo: {formatDate(item.dueDate)}</Typography.Text>
        {item.dueDate && needsAction.includes(item.status) ? <DeadlineText daysLeft={daysUntil(item.dueDate)} /> : null}
      </Flex>
    </Flex>
  </Card>
);

export const AssignmentList = ({ items }: { items: readonly AssignmentSummary[] }) => {
  if (items.length === 0) return <EmptyState description="Cơ quan chưa được giao nhiệm vụ nào." />;
  return (
    <ul className="plain-list" aria-label="Nhiệm vụ của cơ quan">
      {[...items].sort(byUrgency).map((item) => (
        <li key={item.id}>
          <AssignmentItem item={item} />
        </li>
      ))}
    </ul>
  );
};
