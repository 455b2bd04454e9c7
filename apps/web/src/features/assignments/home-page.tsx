import { Card, Typography } from 'antd';
import { Navigate } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { can } from '../../lib/roles';
import { useSession } from '../../lib/session';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useMyAssignments } from './api';
import { AssignmentList } from './assignment-list';
import { Landing } from './landing';

export const HomePage = () => {
  const session = useSession();
  const isOfficer = session.data?.kind === 'user' && session.data.role === 'agency_officer';
  const assignments = useMyAssignments(isOfficer);
  useDocumentTitle(isOfficer ? 'Nhiệm vụ của cơ quan' : undefined);

  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (can(session.data, 'console')) return <Navigate replace to="/ke-hoach" />;
  if (!isOfficer) return <Landing session={session.data} />;
  return (
    <Card>
      <Typography.Title level={1} className="page-title">
        Nhiệm vụ của cơ quan
      </Typography.Title>
      {session.data?.agencyName ? (
        <Typography.Paragraph type="secondary">{session.data.agencyName}</Typography.Paragraph>
      ) : null}
      {assignments.isPending ? <LoadingState /> : null}
      {assignments.isError ? <ErrorState error={assignments.error} onRetry={() => void assignments.refetch()} /> : null}
      {assignments.isSuccess ? <AssignmentList items={assignments.data.items} /> : null}
      {assignments.isSuccess && assignments.data.total > assignments.data.items.length ? (
        <Typography.Paragraph type="secondary">
          Đang hiển thị {assignments.data.items.length} trên {assignments.data.total} nhiệm vụ.
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
};
