import { Button, Card, Descriptions, Flex, Typography } from 'antd';
import type { DescriptionsProps } from 'antd';
import { useNavigate } from 'react-router';
import type { Plan } from '../../api/types';
import { ToneTag } from '../../components/tone-tag';
import { formatDate } from '../../lib/dates';
import { can } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { planPeriod, planStatusTones, planStatusLabels } from './labels';
import { planNumberLabel } from '../../lib/labels';

const items = (plan: Plan): DescriptionsProps['items'] => [
  {
    key: 'status',
    label: 'Trạng thái',
    children: <ToneTag tone={planStatusTones[plan.status]}>{planStatusLabels[plan.status]}</ToneTag>,
  },
  { key: 'period', label: 'Thời gian thực hiện', children: planPeriod(plan) },
  { key: 'issuer', label: 'Cơ quan ban hành', children: plan.issuer ?? '—' },
  { key: 'issued', label: 'Ngày ban hành', children: formatDate(plan.issuedDate) },
];

/** Number, title, status, period, issuer; a draft's review and activation for those who may run them. */
export const PlanHeader = ({ plan }: { plan: Plan }) => {
  const session = useSession();
  const navigate = useNavigate();
  const manager = can(session.data, 'managePlans');
  return (
    <Card>
      <Typography.Text type="secondary">{planNumberLabel(plan.number)}</Typography.Text>
      <Typography.Title level={1} className="page-title">
        {plan.title}
      </Typography.Title>
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }} items={items(plan)} />
      {manager && plan.status === 'draft' ? (
        <Flex gap="small" wrap className="plan-actions">
          <Button type="primary" onClick={() => void navigate(`/ke-hoach/${plan.id}/du-thao`)}>
            Xem xét dự thảo
          </Button>
          <Button onClick={() => void navigate(`/ke-hoach/${plan.id}/kich-hoat`)}>Kích hoạt kế hoạch</Button>
        </Flex>
      ) : null}
    </Card>
  );
};
