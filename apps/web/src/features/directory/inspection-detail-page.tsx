import { Card, Descriptions, Empty, Flex, Typography } from 'antd';
import { ToneTag } from '../../components/tone-tag';
import type { DescriptionsProps } from 'antd';
import { Link, useParams } from 'react-router';
import type { Briefing, InspectionTarget } from '../../api/types';
import { AttachmentList } from '../../components/attachment-list';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { StatusTag } from '../../components/status-tag';
import { formatDate, formatInstant, formatPeriod } from '../../lib/dates';
import { useBriefing } from './api';
import { lateFindings, whyDrawn } from './inspection-targets';
import { inspectionStatusLabels } from './labels';
import { PageHeading } from './page-heading';
import './directory.css';

const ratingLabels = { tot: 'Tốt', kha: 'Khá', dat: 'Đạt', chua_dat: 'Chưa đạt' } as const;

const summary = (briefing: Briefing): DescriptionsProps['items'] => [
  {
    key: 'plan',
    label: 'Kế hoạch',
    children: (
      <Link to={`/ke-hoach/${briefing.plan.id}`}>
        {briefing.plan.number ? `Số ${briefing.plan.number}: ` : ''}
        {briefing.plan.title}
      </Link>
    ),
  },
  ...(briefing.task
    ? [{ key: 'task', label: 'Nhiệm vụ', children: `${briefing.task.code}: ${briefing.task.title}` }]
    : []),
  { key: 'period', label: 'Kỳ', children: formatPeriod(briefing.inspection.period) },
  { key: 'status', label: 'Trạng thái', children: inspectionStatusLabels[briefing.inspection.status] },
  {
    key: 'window',
    label: 'Thời gian kiểm tra',
    children: `${formatDate(briefing.inspection.windowStart)} – ${formatDate(briefing.inspection.windowEnd)}`,
  },
  { key: 'due', label: 'Hạn báo cáo kết quả', children: formatDate(briefing.inspection.reportDue) },
];

const TargetCard = ({ target }: { target: InspectionTarget }) => (
  <Card size="small" title={<h3 className="card-subheading">{target.agency.name}</h3>}>
    <Typography.Paragraph>
      <ToneTag tone="info">{whyDrawn(target)}</ToneTag>
    </Typography.Paragraph>
    <ul className="plain-list compact" aria-label={`Nhiệm vụ của ${target.agency.name}`}>
      {target.tasks.map((task) => (
        <li key={task.code}>
          <Typography.Text strong>{task.code}</Typography.Text> {task.title} — <StatusTag status={task.status} /> hạn{' '}
          {formatDate(task.due)}
        </li>
      ))}
    </ul>
    {target.finding ? (
      <Descriptions
        size="small"
        column={1}
        items={[
          { key: 'rating', label: 'Xếp loại', children: ratingLabels[target.finding.rating] },
          { key: 'finding', label: 'Kết quả kiểm tra', children: target.finding.finding },
          { key: 'recommendation', label: 'Kiến nghị', children: target.finding.recommendation || '—' },
          { key: 'at', label: 'Cập nhật', children: formatInstant(target.finding.updatedAt) },
        ]}
      />
    ) : (
      <Typography.Text type="secondary">Chưa có kết quả kiểm tra.</Typography.Text>
    )}
    {target.finding && target.finding.attachments.length > 0 ? (
      <AttachmentList attachments={target.finding.attachments} />
    ) : null}
  </Card>
);

export const InspectionDetailPage = () => {
  const { inspectionId = '' } = useParams();
  const briefing = useBriefing(inspectionId);
  if (briefing.isPending) return <LoadingState />;
  if (briefing.isError) return <ErrorState error={briefing.error} notFoundTitle="Không tìm thấy đợt kiểm tra" />;
  const late = lateFindings(briefing.data);
  return (
    <Flex vertical gap="large">
      <PageHeading title={`Đợt kiểm tra kỳ ${formatPeriod(briefing.data.inspection.period)}`} />
      <Card>
        <Descriptions size="small" column={{ xs: 1, sm: 1, md: 2 }} items={summary(briefing.data)} />
      </Card>
      <Card title={<h2 className="card-heading">Đoàn kiểm tra</h2>}>
        <Typography.Paragraph strong>{briefing.data.team.name || '—'}</Typography.Paragraph>
        <ul className="plain-list compact" aria-label="Thành viên đoàn kiểm tra">
          {briefing.data.team.members.map((member) => (
            <li key={member.email}>
              {member.name} ({member.email})
            </li>
          ))}
        </ul>
      </Card>
      <Card title={<h2 className="card-heading">Kết quả nộp muộn</h2>}>
        {late.length === 0 ? (
          <Typography.Text>Không có kết quả kiểm tra nào nộp muộn.</Typography.Text>
        ) : (
          <ul className="plain-list compact">
            {late.map(({ target, missing }) => (
              <li key={target.agency.id}>
                {target.agency.name}:{' '}
                {missing
                  ? 'chưa có kết quả dù đã hết thời gian kiểm tra'
                  : `nộp ${formatInstant(target.finding?.updatedAt)}, sau ${formatDate(briefing.data.inspection.windowEnd)}`}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <section aria-labelledby="targets-heading">
        <h2 id="targets-heading" className="card-heading">
          Cơ quan được kiểm tra
        </h2>
        {briefing.data.targets.length === 0 ? <Empty description="Chưa có cơ quan nào." /> : null}
        <Flex vertical gap="middle">
          {briefing.data.targets.map((target) => (
            <TargetCard key={target.agency.id} target={target} />
          ))}
        </Flex>
      </section>
    </Flex>
  );
};
