import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Input, Progress, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { PlanOverview, PlanStatus, Session } from '../../api/types';
import { ErrorState } from '../../components/error-state';
import { NativeSelect } from '../../components/native-select';
import { ToneTag } from '../../components/tone-tag';
import { formatDate } from '../../lib/dates';
import { can } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { usePlansOverview } from './api';
import { planPeriod, plansEmptyText, planStatusTones, planStatusLabels } from './labels';
import './console-plans.css';

const PAGE_SIZE = 20;
const STATUSES = Object.keys(planStatusLabels) as PlanStatus[];

/** Where a plan's row leads: a draft to its review (for those who may edit it), any other to its dashboard. */
const planLink = (plan: PlanOverview, session: Session | null | undefined) =>
  plan.status === 'draft' && can(session, 'managePlans') ? `/ke-hoach/${plan.id}/du-thao` : `/ke-hoach/${plan.id}`;

const doneOf = (plan: PlanOverview) => `${plan.done}/${plan.counted} đã hoàn thành`;

const progressOf = (plan: PlanOverview) => (plan.counted === 0 ? 0 : Math.round((plan.done / plan.counted) * 100));

const columns = (session: Session | null | undefined): TableColumnsType<PlanOverview> => [
  {
    title: 'Kế hoạch',
    key: 'plan',
    render: (_, plan) => (
      <Flex vertical gap={2}>
        <Link to={planLink(plan, session)}>
          {plan.number ? `Số ${plan.number}: ` : ''}
          {plan.title}
        </Link>
        <Typography.Text type="secondary" className="plans-period">
          Thời gian: {planPeriod(plan)}
        </Typography.Text>
        <span className="plans-status-inline">
          <ToneTag tone={planStatusTones[plan.status]}>{planStatusLabels[plan.status]}</ToneTag>{' '}
          <Typography.Text type="secondary">{doneOf(plan)}</Typography.Text>
        </span>
      </Flex>
    ),
  },
  {
    title: 'Trạng thái',
    dataIndex: 'status',
    responsive: ['sm'],
    render: (status: PlanStatus) => <ToneTag tone={planStatusTones[status]}>{planStatusLabels[status]}</ToneTag>,
  },
  {
    title: 'Tiến độ',
    key: 'progress',
    width: 180,
    // On a phone the plan's cell says how far it is: its title needs the width.
    responsive: ['sm'],
    render: (_, plan) => (
      <Flex vertical gap={0}>
        <Progress
          percent={progressOf(plan)}
          size="small"
          aria-label={`Tiến độ kế hoạch ${plan.number ?? plan.title}`}
        />
        <Typography.Text type="secondary">{doneOf(plan)}</Typography.Text>
      </Flex>
    ),
  },
  {
    title: 'Quá hạn',
    dataIndex: 'overdue',
    responsive: ['md'],
    align: 'right',
    render: (overdue: number) => (overdue > 0 ? <Typography.Text type="danger">{overdue}</Typography.Text> : 0),
  },
  {
    title: 'Hạn gần nhất',
    dataIndex: 'nextDeadline',
    responsive: ['md'],
    render: (due: string | null) => formatDate(due),
  },
];

export const PlansPage = () => {
  useDocumentTitle('Kế hoạch');
  const session = useSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const status = (params.get('status') ?? '') as PlanStatus | '';
  const page = Number(params.get('page') ?? '1') || 1;
  const overview = usePlansOverview({ q: q || undefined, status: status || undefined, page, pageSize: PAGE_SIZE });

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    Object.entries(changes).forEach(([key, value]) => (value ? next.set(key, value) : next.delete(key)));
    setParams(next, { replace: true });
  };

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Typography.Title level={1} className="page-title">
          Kế hoạch
        </Typography.Title>
        {can(session.data, 'managePlans') ? (
          <Button type="primary" icon={<PlusOutlined aria-hidden />} onClick={() => void navigate('/ke-hoach/nhap')}>
            Nhập kế hoạch
          </Button>
        ) : null}
      </Flex>
      <Card>
        <Flex wrap gap="middle" align="end" className="console-filters">
          <label className="console-filter">
            <span>Tìm theo số hoặc tên kế hoạch</span>
            <Input.Search
              defaultValue={q}
              allowClear
              enterButton="Tìm"
              aria-label="Tìm theo số hoặc tên kế hoạch"
              onSearch={(value) => update({ q: value.trim(), page: '' })}
            />
          </label>
          <label className="console-filter">
            <span>Trạng thái</span>
            <NativeSelect
              value={status || 'all'}
              placeholder="Tất cả trạng thái"
              options={[
                { value: 'all', label: 'Tất cả trạng thái' },
                ...STATUSES.map((value) => ({ value, label: planStatusLabels[value] })),
              ]}
              onChange={(event) => update({ status: event.target.value === 'all' ? '' : event.target.value, page: '' })}
            />
          </label>
        </Flex>
      </Card>
      {overview.isError ? (
        <ErrorState error={overview.error} onRetry={() => void overview.refetch()} />
      ) : (
        <Card>
          <Table<PlanOverview>
            rowKey="id"
            columns={columns(session.data)}
            dataSource={overview.data?.items}
            loading={overview.isFetching}
            locale={{
              emptyText: plansEmptyText({
                filtered: q !== '' || status !== '',
                mayImport: can(session.data, 'managePlans'),
              }),
            }}
            pagination={{
              current: page,
              pageSize: PAGE_SIZE,
              total: overview.data?.total ?? 0,
              showSizeChanger: false,
              showTotal: (total) => `${total} kế hoạch`,
              onChange: (next) => update({ page: next === 1 ? '' : String(next) }),
            }}
          />
        </Card>
      )}
    </Flex>
  );
};
