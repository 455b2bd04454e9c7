import { Outlet } from 'react-router';
import { PageLayout } from '../components/page-layout';
import { SessionActions } from '../features/auth';

export const RootLayout = () => (
  <PageLayout actions={<SessionActions />}>
    <Outlet />
  </PageLayout>
);
