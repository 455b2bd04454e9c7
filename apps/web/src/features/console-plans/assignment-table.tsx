import { Table } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link } from 'react-router';
import type { AssignmentPage, AssignmentSummary } from '../../api/types';
import { StatusTag } from '../../components/status-tag';
import { formatDate, formatPeriod } from '../../lib/dates';
import { roleLabels } from './labels';

interface AssignmentTableProps {
  page: AssignmentPage | undefined;
  loading: boolean;
  /** The agency's name, when the rows are of several agencies. */
  agencyName?: (agencyId: string) => string;
  /** Show the plan each row belongs to (an agency's page lists several plans). */
  showPlan?: boolean;
  onPage: (page: number) => void;
  caption: string;
}

const columnsFor = ({ agencyName, showPlan }: Pick<AssignmentTableProps, 'agencyName' | 'showPlan'>) => {
  const columns: TableColumnsType<AssignmentSummary> = [
    {
      title: 'Nhiệm vụ',
      key: 'task',
      render: (_, row) => (
        <Link to={`/nhiem-vu/${row.id}`}>
          {row.taskCode}. {row.taskTitle}
        </Link>
      ),
    },
  ];
  if (showPlan) {
    columns.push({
      title: 'Kế hoạch',
      key: 'plan',
      render: (_, row) => <Link to={`/ke-hoach/${row.planId}`}>{row.planNumber ?? row.planTitle}</Link>,
    });
  }
  if (agencyName) {
    columns.push({
      title: 'Cơ quan',
      key: 'agency',
      render: (_, row) => <Link to={`/co-quan/${row.agencyId}`}>{agencyName(row.agencyId)}</Link>,
    });
  }
  columns.push(
    { title: 'Vai trò', dataIndex: 'role', render: (role: AssignmentSummary['role']) => roleLabels[role] },
    { title: 'Kỳ', dataIndex: 'period', render: (period: string) => formatPeriod(period) },
    { title: 'Hạn', dataIndex: 'dueDate', render: (due: string | null) => formatDate(due) },
    {
      title: 'Tình trạng',
      dataIndex: 'status',
      render: (status: AssignmentSummary['status']) => <StatusTag status={status} />,
    },
  );
  return columns;
};

/** A page of assignments, each leading to its own page where the office acts on it. */
export const AssignmentTable = ({ page, loading, agencyName, showPlan, onPage, caption }: AssignmentTableProps) => (
  <Table<AssignmentSummary>
    rowKey="id"
    size="small"
    columns={columnsFor({ agencyName, showPlan })}
    dataSource={page?.items}
    loading={loading}
    scroll={{ x: 760 }}
    title={() => <span className="visually-hidden">{caption}</span>}
    locale={{ emptyText: 'Không có nhiệm vụ nào phù hợp.' }}
    pagination={{
      current: page?.page ?? 1,
      pageSize: page?.pageSize ?? 20,
      total: page?.total ?? 0,
      showSizeChanger: false,
      showTotal: (total) => `${total} nhiệm vụ`,
      onChange: onPage,
    }}
  />
);
