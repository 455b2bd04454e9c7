import { Col, Flex, Row } from 'antd';
import { useParams } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { can } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useDeskView } from './api';
import { AssignmentActions } from './assignment-actions';
import { AssignmentOverview } from './assignment-overview';
import { AssignmentTimeline } from './assignment-timeline';
import { BulkExtend } from './bulk-extend';
import { MergeAgency } from './merge-agency';
import { ReportVersions } from './report-versions';
import './assignment-desk.css';

/**
 * One assignment as the office works on it: what it is, its history, the agency's reports, and (for managers) the
 * decisions and the bulk actions on its task and its agency.
 */
export const AssignmentDeskPage = () => {
  const { assignmentId = '' } = useParams();
  const session = useSession();
  const view = useDeskView(assignmentId);
  useDocumentTitle(view.data ? `Nhiệm vụ ${view.data.task.code} — ${view.data.agency.name}` : 'Nhiệm vụ');
  if (view.isPending) return <LoadingState />;
  if (view.isError) {
    return (
      <ErrorState error={view.error} onRetry={() => void view.refetch()} notFoundTitle="Không tìm thấy nhiệm vụ" />
    );
  }
  const data = view.data;
  const mayAct = can(session.data, 'actOnAssignments');
  return (
    <Flex vertical gap="large">
      <AssignmentOverview
        view={data}
        taskActions={
          mayAct ? (
            <BulkExtend
              planId={data.plan.id}
              taskId={data.task.id}
              taskCode={data.task.code}
              assignmentId={data.assignment.id}
            />
          ) : null
        }
        agencyActions={
          mayAct ? (
            <MergeAgency agencyId={data.agency.id} agencyName={data.agency.name} assignmentId={data.assignment.id} />
          ) : null
        }
      />
      {mayAct ? <AssignmentActions view={data} /> : null}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <ReportVersions history={data.history} />
        </Col>
        <Col xs={24} xl={12}>
          <AssignmentTimeline assignmentId={data.assignment.id} />
        </Col>
      </Row>
    </Flex>
  );
};
