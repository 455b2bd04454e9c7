import { Collapse, Flex, Typography } from 'antd';
import type { InspectionTarget } from '../../api/types';
import { StatusTag, statusLabels } from '../../components/status-tag';
import { formatDate, formatInstant } from '../../lib/dates';

type TargetTask = InspectionTarget['tasks'][number];

const TaskHistory = ({ task }: { task: TargetTask }) =>
  task.history.length === 0 ? (
    <Typography.Text type="secondary">Chưa có diễn biến.</Typography.Text>
  ) : (
    <ol className="plain-list compact">
      {task.history.map((step, index) => (
        <li key={`${step.at}-${index}`}>
          <Typography.Text type="secondary">{formatInstant(step.at)}</Typography.Text> — {statusLabels[step.status]}
        </li>
      ))}
    </ol>
  );

export const TargetTasks = ({ tasks }: { tasks: readonly TargetTask[] }) => {
  if (tasks.length === 0) return <Typography.Text type="secondary">Không có nhiệm vụ cần kiểm tra.</Typography.Text>;
  return (
    <ul className="plain-list">
      {tasks.map((task) => (
        <li key={task.code} className="target-task">
          <Typography.Text strong>
            Nhiệm vụ {task.code}: {task.title}
          </Typography.Text>
          <Flex wrap gap="small" align="center" className="target-task-meta">
            <StatusTag status={task.status} />
            <Typography.Text type="secondary">Hạn báo cáo: {formatDate(task.due)}</Typography.Text>
          </Flex>
          <Collapse
            size="small"
            ghost
            items={[
              {
                key: 'history',
                label: `Quá trình thực hiện (${task.history.length} mốc)`,
                children: <TaskHistory task={task} />,
              },
            ]}
          />
        </li>
      ))}
    </ul>
  );
};
