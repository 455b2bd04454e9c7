import { Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import type { Briefing, InspectionTarget } from '../../api/types';
import { AttachmentList } from '../../components/attachment-list';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { StatusTag } from '../../components/status-tag';
import { formatDate, formatInstant, periodInSentence } from '../../lib/dates';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useBriefing } from './api';
import { inspectionStatusLabels, ratingLabels } from './labels';

const drawnText: Record<InspectionTarget['drawnFor'][number], string> = {
  'never-reported': 'chưa gửi báo cáo',
  overdue: 'báo cáo quá hạn',
  returned: 'báo cáo từng bị trả lại',
};

const whyDrawn = (target: InspectionTarget): string =>
  target.drawnFor.length > 0
    ? `Ưu tiên kiểm tra: ${target.drawnFor.map((reason) => drawnText[reason]).join(', ')}`
    : 'Chọn ngẫu nhiên (bốc thăm)';

const Target = ({ target, windowEnd }: { target: InspectionTarget; windowEnd: string | null }) => (
  <Card
    size="small"
    role="region"
    aria-label={target.agency.name}
    title={<h4 className="card-subheading">{target.agency.name}</h4>}
  >
    <Flex wrap gap={8}>
      <Tag className="tag-wraps" color={target.drawnFor.length > 0 ? 'orange' : 'default'}>
        {whyDrawn(target)}
      </Tag>
      {target.findingLate ? (
        <Tag className="tag-wraps" color="red">
          {target.finding
            ? `Kết quả nộp muộn (${formatInstant(target.finding.updatedAt)}, sau ${formatDate(windowEnd)})`
            : `Chưa có kết quả dù đã hết thời gian kiểm tra (${formatDate(windowEnd)})`}
        </Tag>
      ) : null}
    </Flex>
    <ul className="plain-list compact" aria-label={`Nhiệm vụ của ${target.agency.name}`}>
      {target.tasks.map((task) => (
        <li key={`${task.code}-${task.due}`}>
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

const Team = ({ team, briefing }: { team: Briefing['teams'][number]; briefing: Briefing }) => {
  const targets = briefing.targets.filter((target) => target.team === team.name);
  return (
    <Card title={<h3 className="card-heading">{team.name}</h3>} role="region" aria-label={team.name}>
      <Typography.Paragraph>
        Thời gian kiểm tra: {formatDate(briefing.inspection.windowStart)} – {formatDate(briefing.inspection.windowEnd)};
        hạn báo cáo kết quả {formatDate(briefing.inspection.reportDue)}.
      </Typography.Paragraph>
      <ul className="plain-list compact" aria-label={`Thành viên ${team.name}`}>
        {team.members.map((member) => (
          <li key={member.email}>
            {member.name} ({member.email})
          </li>
        ))}
      </ul>
      <Flex vertical gap="middle">
        {targets.length === 0 ? <Empty description="Đoàn chưa có cơ quan được kiểm tra." /> : null}
        {targets.map((target) => (
          <Target key={target.agency.id} target={target} windowEnd={briefing.inspection.windowEnd} />
        ))}
      </Flex>
    </Card>
  );
};

/** The office's view of one inspection: each team with its members, its targets and why each was drawn, the findings. */
export const InspectionDetailPage = () => {
  const { inspectionId = '' } = useParams();
  const briefing = useBriefing(inspectionId);
  const period = briefing.data ? periodInSentence(briefing.data.inspection.period) : '';
  useDocumentTitle(period ? `Đợt kiểm tra kỳ ${period}` : 'Đợt kiểm tra');
  if (briefing.isPending) return <LoadingState />;
  if (briefing.isError) return <ErrorState error={briefing.error} notFoundTitle="Không tìm thấy đợt kiểm tra" />;
  const { data } = briefing;
  const late = data.targets.filter((target) => target.findingLate);
  return (
    <Flex vertical gap="large">
      <Typography.Title level={1}>Đợt kiểm tra kỳ {period}</Typography.Title>
      <Card>
        <Descriptions
          size="small"
          column={{ xs: 1, sm: 1, md: 2 }}
          items={[
            {
              key: 'plan',
              label: 'Kế hoạch',
              children: (
                <Link to={`/ke-hoach/${data.plan.id}`}>
                  {data.plan.number ? `Số ${data.plan.number}: ` : ''}
                  {data.plan.title}
                </Link>
              ),
            },
            ...(data.task
              ? [{ key: 'task', label: 'Nhiệm vụ', children: `${data.task.code}: ${data.task.title}` }]
              : []),
            { key: 'status', label: 'Trạng thái', children: inspectionStatusLabels[data.inspection.status] },
            { key: 'teams', label: 'Số đoàn', children: data.teams.length },
            { key: 'late', label: 'Kết quả muộn', children: late.length === 0 ? 'Không có' : `${late.length} cơ quan` },
          ]}
        />
      </Card>
      <section aria-labelledby="teams-heading">
        <h2 id="teams-heading" className="card-heading">
          Các đoàn kiểm tra
        </h2>
        <Flex vertical gap="middle">
          {data.teams.length === 0 ? <Empty description="Chưa có đoàn kiểm tra nào." /> : null}
          {data.teams.map((team) => (
            <Team key={team.name} team={team} briefing={data} />
          ))}
        </Flex>
      </section>
    </Flex>
  );
};
