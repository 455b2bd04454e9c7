import { Card, Flex, Progress, Typography } from 'antd';
import type { AssignmentStatus, PlanProgress } from '../../api/types';
import { StatusTag } from '../../components/status-tag';
import { formatDate, formatPeriod } from '../../lib/dates';

const order: AssignmentStatus[] = [
  'accepted',
  'submitted',
  'returned',
  'in_progress',
  'pending',
  'overdue',
  'waived',
  'cancelled',
];

export const PlanProgressCard = ({ progress }: { progress: PlanProgress }) => {
  const accepted = progress.byStatus.accepted;
  const percent = progress.total === 0 ? 0 : Math.round((accepted / progress.total) * 100);
  return (
    <Card title={<h2 className="card-heading">Tiến độ thực hiện</h2>}>
      <Typography.Paragraph>
        {accepted} trên {progress.total} báo cáo đã được tiếp nhận.
      </Typography.Paragraph>
      <Progress percent={percent} aria-label="Tỷ lệ báo cáo đã tiếp nhận" />
      <Flex wrap gap="small" className="status-counts">
        {order.map((status) =>
          progress.byStatus[status] > 0 ? (
            <span key={status}>
              <StatusTag status={status} /> {progress.byStatus[status]}
            </span>
          ) : null,
        )}
      </Flex>
      <h3 className="card-subheading">Theo nhiệm vụ</h3>
      <ul className="plain-list compact">
        {progress.byTask.map((task) => (
          <li key={task.taskId}>
            <Typography.Text strong>Nhiệm vụ {task.taskCode}</Typography.Text>: {task.byStatus.accepted}/{task.total} đã
            tiếp nhận
          </li>
        ))}
      </ul>
      {progress.overdue.length > 0 ? (
        <>
          <h3 className="card-subheading">Quá hạn</h3>
          <ul className="plain-list compact">
            {progress.overdue.map((item) => (
              <li key={item.assignmentId}>
                <Typography.Text strong>{item.agencyName}</Typography.Text> — nhiệm vụ {item.taskCode}, kỳ{' '}
                {formatPeriod(item.period)}, hạn {formatDate(item.dueDate)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Card>
  );
};
