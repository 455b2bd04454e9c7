import { Flex, Typography } from 'antd';
import { useParams } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useBriefing } from './api';
import { InspectionSummary } from './inspection-summary';
import { TargetCard } from './target-card';
import { TeamReportForm } from './team-report-form';

export const InspectionPage = () => {
  const { inspectionId = '' } = useParams();
  const briefing = useBriefing(inspectionId);
  useDocumentTitle(briefing.data ? briefing.data.team.name : 'Kiểm tra');

  if (briefing.isPending) return <LoadingState />;
  if (briefing.isError) {
    return (
      <ErrorState
        error={briefing.error}
        onRetry={() => void briefing.refetch()}
        notFoundTitle="Không tìm thấy đợt kiểm tra"
      />
    );
  }
  const data = briefing.data;
  return (
    <Flex vertical gap="large">
      <InspectionSummary briefing={data} />
      <section aria-labelledby="co-quan-duoc-kiem-tra">
        <Typography.Title level={2} className="section-heading" id="co-quan-duoc-kiem-tra">
          Cơ quan được kiểm tra ({data.targets.length})
        </Typography.Title>
        <Flex vertical gap="middle">
          {data.targets.map((target) => (
            <TargetCard
              key={target.agency.id}
              inspectionId={data.inspection.id}
              target={target}
              canSubmit={data.inspection.canSubmit}
            />
          ))}
        </Flex>
      </section>
      <TeamReportForm briefing={data} />
    </Flex>
  );
};
