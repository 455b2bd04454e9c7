import { Card, Divider } from 'antd';
import { ToneTag } from '../../components/tone-tag';
import type { InspectionTarget } from '../../api/types';
import { FindingView } from './finding-view';
import { FindingsForm } from './findings-form';
import { ratingLabels } from './labels';
import { TargetTasks } from './target-tasks';

interface TargetCardProps {
  inspectionId: string;
  target: InspectionTarget;
  canSubmit: boolean;
}

export const TargetCard = ({ inspectionId, target, canSubmit }: TargetCardProps) => {
  const { agency, tasks, finding } = target;
  const headingId = `co-quan-${agency.id}`;
  return (
    <section aria-labelledby={headingId}>
      <Card
        title={
          <h3 className="card-heading" id={headingId}>
            {agency.name}
          </h3>
        }
        extra={
          finding?.rating ? (
            <ToneTag tone="info">{ratingLabels[finding.rating]}</ToneTag>
          ) : (
            <ToneTag tone="neutral">Chưa có kết quả</ToneTag>
          )
        }
      >
        <TargetTasks tasks={tasks} />
        <Divider titlePlacement="start" plain>
          Kết quả kiểm tra cơ quan
        </Divider>
        {canSubmit ? (
          <FindingsForm inspectionId={inspectionId} agencyId={agency.id} finding={finding} />
        ) : (
          <FindingView finding={finding} />
        )}
      </Card>
    </section>
  );
};
