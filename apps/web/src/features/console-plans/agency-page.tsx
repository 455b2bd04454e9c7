import { Card, Descriptions, Flex, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { Agency, AgencyStatusReport } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { ToneTag } from '../../components/tone-tag';
import { can } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useAgency, useAgencyAssignments, useAgencyStatusReport } from './api';
import { AssignmentTable } from './assignment-table';
import { BucketSummary } from './bucket-summary';
import { agencyKindLabels } from './labels';
import { TallyTable, type TallyRow } from './tally-table';
import './console-plans.css';

const items = (agency: Agency, contacts: boolean): DescriptionsProps['items'] => [
  { key: 'code', label: 'Mã', children: agency.code },
  { key: 'kind', label: 'Loại cơ quan', children: agencyKindLabels[agency.kind] },
  { key: 'province', label: 'Tỉnh', children: agency.province },
  {
    key: 'active',
    label: 'Tình trạng',
    children: agency.active ? (
      <ToneTag tone="success">Đang hoạt động</ToneTag>
    ) : (
      <ToneTag tone="neutral">Ngừng hoạt động</ToneTag>
    ),
  },
  ...(contacts
    ? [
        {
          key: 'focal',
          label: 'Thư điện tử đầu mối',
          children: agency.focalEmails?.length ? agency.focalEmails.join(', ') : '—',
        },
        { key: 'head', label: 'Thư điện tử thủ trưởng', children: agency.headEmail ?? '—' },
      ]
    : []),
];

const planRows = (report: AgencyStatusReport): TallyRow[] =>
  report.byPlan.map((plan) => ({
    key: plan.planId,
    name: <Link to={`/ke-hoach/${plan.planId}`}>{plan.planNumber ?? plan.planTitle}</Link>,
    sortName: plan.planNumber ?? plan.planTitle,
    tally: plan.tally,
  }));

/** An agency: who it is, how it stands across plans, and its assignments. */
export const AgencyPage = () => {
  const { agencyId = '' } = useParams();
  const session = useSession();
  const agency = useAgency(agencyId);
  const report = useAgencyStatusReport(agencyId);
  const [page, setPage] = useState(1);
  const assignments = useAgencyAssignments(agencyId, { page, pageSize: 20 });
  useDocumentTitle(agency.data?.name ?? 'Cơ quan');

  if (agency.isPending) return <LoadingState />;
  if (agency.isError) return <ErrorState error={agency.error} notFoundTitle="Không tìm thấy cơ quan" />;
  return (
    <Flex vertical gap="middle">
      <Card>
        <Typography.Text type="secondary">Cơ quan, đơn vị</Typography.Text>
        <Typography.Title level={1} className="page-title">
          {agency.data.name}
        </Typography.Title>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 2 }}
          items={items(agency.data, can(session.data, 'manageDirectory'))}
        />
      </Card>
      <Card title={<h2 className="card-heading">Tình trạng thực hiện trên các kế hoạch</h2>}>
        {report.isPending ? <LoadingState /> : null}
        {report.isError ? <ErrorState error={report.error} onRetry={() => void report.refetch()} /> : null}
        {report.data ? (
          <Flex vertical gap="middle">
            <BucketSummary tally={report.data.total} label="Bốn nhóm tình trạng của cơ quan" />
            <TallyTable rows={planRows(report.data)} nameTitle="Kế hoạch" caption="Tình trạng theo kế hoạch" />
          </Flex>
        ) : null}
      </Card>
      <Card title={<h2 className="card-heading">Nhiệm vụ được giao</h2>}>
        {assignments.isError ? (
          <ErrorState error={assignments.error} onRetry={() => void assignments.refetch()} />
        ) : (
          <AssignmentTable
            page={assignments.data}
            loading={assignments.isFetching}
            showPlan
            onPage={setPage}
            caption="Nhiệm vụ được giao của cơ quan"
          />
        )}
      </Card>
    </Flex>
  );
};
