import { Navigate, Outlet, useLocation } from 'react-router';
import { ErrorState } from '../../components/error-state';
import { LoadingState } from '../../components/loading-state';
import { can } from '../../lib/roles';
import { useSession } from '../../lib/session';

/**
 * The console's pages need a signed-in member of the office's staff: nobody signed in goes to the login page and
 * comes back; an agency officer goes to their own agency's work.
 */
export const RequireStaff = () => {
  const session = useSession();
  const location = useLocation();
  if (session.isPending) return <LoadingState />;
  if (session.isError) return <ErrorState error={session.error} onRetry={() => void session.refetch()} />;
  if (!session.data || session.data.kind !== 'user') {
    return <Navigate replace to={`/dang-nhap?next=${encodeURIComponent(location.pathname + location.search)}`} />;
  }
  if (!can(session.data, 'console')) return <Navigate replace to="/" />;
  return <Outlet />;
};
