import {} from 'antd';
import { ToneTag } from '../../components/tone-tag';
import type { TableProps } from 'antd';
import { DirectoryTable, pageControls } from './directory-table';
import { useState } from 'react';
import { Link } from 'react-router';
import type { Inspection } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { formatDate, formatPeriod } from '../../lib/dates';
import { PAGE_SIZE, useInspections, usePlanTitle } from './api';
import { inspectionStatusLabels } from './labels';
import { PageHeading } from './page-heading';
import './directory.css';

const PlanName = ({ planId }: { planId: string }) => {
  const plan = usePlanTitle(planId);
  if (!plan.data) return <>…</>;
  return <>{plan.data.number ? `Kế hoạch số ${plan.data.number}` : plan.data.title}</>;
};

const windowText = (inspection: Inspection): string =>
  inspection.windowStart || inspection.windowEnd
    ? `${formatDate(inspection.windowStart)} – ${formatDate(inspection.windowEnd)}`
    : '—';

const columns: TableProps<Inspection>['columns'] = [
  {
    title: 'Kế hoạch',
    dataIndex: 'planId',
    render: (planId: string, inspection) => (
      <Link to={`/dot-kiem-tra/${inspection.id}`}>
        <PlanName planId={planId} />
      </Link>
    ),
  },
  { title: 'Kỳ', dataIndex: 'period', render: (period: string) => formatPeriod(period) },
  {
    title: 'Trạng thái',
    dataIndex: 'status',
    render: (status: Inspection['status']) => <ToneTag tone="info">{inspectionStatusLabels[status]}</ToneTag>,
  },
  { title: 'Thời gian kiểm tra', key: 'window', render: (_: unknown, inspection) => windowText(inspection) },
  { title: 'Hạn báo cáo', dataIndex: 'reportDue', render: (due: string | null) => formatDate(due) },
  { title: 'Số đoàn', dataIndex: 'teams', render: (teams: Inspection['teams']) => teams.length },
];

export const InspectionsPage = () => {
  const [page, setPage] = useState(1);
  const inspections = useInspections({ page, pageSize: PAGE_SIZE });
  return (
    <>
      <PageHeading title="Kiểm tra" intro="Các đợt kiểm tra việc thực hiện kế hoạch; mở một đợt để xem chi tiết." />
      {inspections.isError ? (
        <ErrorState error={inspections.error} onRetry={() => void inspections.refetch()} />
      ) : (
        <DirectoryTable<Inspection>
          label="Danh sách đợt kiểm tra"
          rowKey="id"
          loading={inspections.isFetching}
          columns={columns}
          dataSource={inspections.data?.items ?? []}
          locale={{ emptyText: 'Chưa có đợt kiểm tra nào.' }}
          pagination={pageControls(page, inspections.data?.total, setPage, 'đợt kiểm tra')}
        />
      )}
    </>
  );
};
