import { Card, Descriptions, Flex, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { Navigate, useLocation, useParams } from 'react-router';
import type { Plan, PlanStatus } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { isApiProblem } from '../../lib/api-problem';
import { formatDate } from '../../lib/dates';
import { useDocumentTitle } from '../../lib/use-document-title';
import { usePlan, usePlanProgress } from './api';
import { PlanProgressCard } from './plan-progress';

const planStatusLabels: Record<PlanStatus, string> = {
  draft: 'Dự thảo',
  active: 'Đang thực hiện',
  completed: 'Đã hoàn thành',
  cancelled: 'Đã hủy',
};

const planItems = (plan: Plan): DescriptionsProps['items'] => [
  { key: 'status', label: 'Trạng thái', children: planStatusLabels[plan.status] },
  ...(plan.issuer ? [{ key: 'issuer', label: 'Cơ quan ban hành', children: plan.issuer }] : []),
  ...(plan.issuedDate ? [{ key: 'issued', label: 'Ngày ban hành', children: formatDate(plan.issuedDate) }] : []),
  ...(plan.periodText ? [{ key: 'period', label: 'Thời gian thực hiện', children: plan.periodText }] : []),
];

export const PlanPage = () => {
  const { planId = '' } = useParams();
  const location = useLocation();
  const plan = usePlan(planId);
  const progress = usePlanProgress(planId);
  useDocumentTitle(plan.data?.number ? `Kế hoạch số ${plan.data.number}` : 'Kế hoạch');

  const error = plan.error ?? progress.error;
  if (isApiProblem(error) && error.status === 401) {
    return <Navigate replace to={`/dang-nhap?next=${encodeURIComponent(location.pathname)}`} />;
  }
  if (plan.isPending) return <LoadingState />;
  if (plan.isError) return <ErrorState error={plan.error} notFoundTitle="Không tìm thấy kế hoạch" />;
  return (
    <Flex vertical gap="large">
      <Card>
        <Typography.Text type="secondary">
          {plan.data.number ? `Kế hoạch số ${plan.data.number}` : 'Kế hoạch'}
        </Typography.Text>
        <Typography.Title level={1} className="page-title">
          {plan.data.title}
        </Typography.Title>
        <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} items={planItems(plan.data)} />
      </Card>
      {progress.isPending ? <LoadingState /> : null}
      {progress.isError ? <ErrorState error={progress.error} onRetry={() => void progress.refetch()} /> : null}
      {progress.isSuccess ? <PlanProgressCard progress={progress.data} /> : null}
    </Flex>
  );
};
