import { Card, Flex, Tabs, Typography } from 'antd';
import type { TabsProps } from 'antd';
import { Link, Navigate, useLocation, useParams, useSearchParams } from 'react-router';
import type { PlanStatusReport } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { isApiProblem } from '../../lib/api-problem';
import { formatDate } from '../../lib/dates';
import { can } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { type ReportFilter, usePlan, useStatusReport } from './api';
import { BucketSummary } from './bucket-summary';
import { DashboardFilters } from './dashboard-filters';
import { ExportLinks } from './export-links';
import { NextPeriodNotice } from './next-period';
import { PlanAssignments } from './plan-assignments';
import { PlanHeader } from './plan-header';
import { RankingTab } from './ranking-tab';
import { TallySection } from './tally-section';
import type { TallyRow } from './tally-table';
import './console-plans.css';
import { planNumberLabel } from '../../lib/labels';

const FILTER_KEYS = ['period', 'taskId', 'agencyId', 'role', 'asOf'] as const;

const filterFrom = (params: URLSearchParams): ReportFilter => {
  const filter: Record<string, string> = {};
  FILTER_KEYS.forEach((key) => {
    const value = params.get(key);
    if (value) filter[key] = value;
  });
  return filter;
};

const taskRows = (report: PlanStatusReport): TallyRow[] =>
  report.byTask.map((task) => ({
    key: task.taskId,
    name: `${task.taskCode}. ${task.taskTitle}`,
    sortName: `${task.taskCode}. ${task.taskTitle}`,
    tally: task.tally,
  }));

const agencyRows = (report: PlanStatusReport): TallyRow[] =>
  report.byAgency.map((agency) => ({
    key: agency.agencyId,
    name: <Link to={`/co-quan/${agency.agencyId}`}>{agency.agencyName}</Link>,
    sortName: agency.agencyName,
    tally: agency.tally,
  }));

const Summary = ({ planId, report, filter }: { planId: string; report: PlanStatusReport; filter: ReportFilter }) => {
  const open = report.total.buckets.openInTime.count + report.total.buckets.openOverdue.count;
  return (
    <Flex vertical gap="middle">
      <Card title={<h2 className="card-heading">Tình trạng thực hiện đến ngày {formatDate(report.asOf)}</h2>}>
        <Flex vertical gap="middle">
          <BucketSummary tally={report.total} label="Bốn nhóm tình trạng của kế hoạch" />
          {open === 0 && !filter.asOf ? <NextPeriodNotice planId={planId} /> : null}
          <ExportLinks planId={planId} filter={filter} />
        </Flex>
      </Card>
      <TallySection title="Theo nhiệm vụ" nameTitle="Nhiệm vụ" rows={taskRows(report)} />
      <TallySection title="Theo cơ quan" nameTitle="Cơ quan" rows={agencyRows(report)} />
    </Flex>
  );
};

export const PlanDashboardPage = () => {
  const { planId = '' } = useParams();
  const location = useLocation();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const filter = filterFrom(params);
  const plan = usePlan(planId);
  const report = useStatusReport(planId, filter);
  const options = useStatusReport(planId, {});
  useDocumentTitle(planNumberLabel(plan.data?.number));

  if (isApiProblem(plan.error) && plan.error.status === 401) {
    return <Navigate replace to={`/dang-nhap?next=${encodeURIComponent(location.pathname)}`} />;
  }
  if (plan.isPending) return <LoadingState />;
  if (plan.isError) return <ErrorState error={plan.error} notFoundTitle="Không tìm thấy kế hoạch" />;

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    Object.entries(changes).forEach(([key, value]) => (value ? next.set(key, value) : next.delete(key)));
    setParams(next, { replace: true });
  };
  const tab = params.get('tab') ?? 'tong-hop';
  const tabs: TabsProps['items'] = [
    {
      key: 'tong-hop',
      label: 'Tổng hợp',
      children: report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : report.data ? (
        <Summary planId={planId} report={report.data} filter={filter} />
      ) : (
        <LoadingState />
      ),
    },
    ...(can(session.data, 'readRanking')
      ? [{ key: 'xep-hang', label: 'Xếp hạng', children: <RankingTab planId={planId} filter={filter} /> }]
      : []),
    {
      key: 'nhiem-vu',
      label: 'Danh sách nhiệm vụ',
      children: <PlanAssignments planId={planId} options={options.data} />,
    },
  ];

  return (
    <Flex vertical gap="middle">
      <PlanHeader plan={plan.data} />
      <Card>
        <Typography.Title level={2} className="visually-hidden">
          Bộ lọc
        </Typography.Title>
        <DashboardFilters filter={filter} options={options.data} onChange={update} />
      </Card>
      <Tabs activeKey={tab} items={tabs} onChange={(key) => update({ tab: key === 'tong-hop' ? '' : key })} />
    </Flex>
  );
};
