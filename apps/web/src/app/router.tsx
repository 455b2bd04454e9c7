import { createBrowserRouter } from 'react-router';
import { LoadingState } from '../components/loading-state';
import { LoginPage } from '../features/auth';
import { NotFoundPage } from '../components/not-found-page';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingState />,
    children: [
      { index: true, lazy: async () => ({ Component: (await import('../features/assignments')).HomePage }) },
      {
        path: 'bao-cao/:assignmentId',
        lazy: async () => ({ Component: (await import('../features/report')).ReportPage }),
      },
      {
        path: 'kiem-tra/:inspectionId',
        lazy: async () => ({ Component: (await import('../features/inspections')).InspectionPage }),
      },
      { path: 'r/:token', lazy: async () => ({ Component: (await import('../features/links')).LinkProblemPage }) },
      { path: 'i/:token', lazy: async () => ({ Component: (await import('../features/links')).LinkProblemPage }) },
      { path: 'dang-nhap', Component: LoginPage },
      { path: 'ke-hoach/:planId', lazy: async () => ({ Component: (await import('../features/plans')).PlanPage }) },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
