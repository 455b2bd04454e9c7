import { createBrowserRouter } from 'react-router';
import { LoadingState } from '../components/loading-state';
import { LoginPage } from '../features/auth';
import { ConsoleLayout, RequireStaff } from '../features/console';
import { NotFoundPage } from '../components/not-found-page';
import { RootLayout } from './root-layout';
import { RouteError } from './route-error';

const consolePlans = () => import('../features/console-plans');
const planIntake = () => import('../features/plan-intake');
const directory = () => import('../features/directory');

export const router = createBrowserRouter([
  {
    // The coordination office's console: signed-in staff only.
    element: <RequireStaff />,
    errorElement: <RouteError />,
    hydrateFallbackElement: <LoadingState />,
    children: [
      {
        element: <ConsoleLayout />,
        errorElement: <RouteError />,
        children: [
          { path: 'ke-hoach', lazy: async () => ({ Component: (await consolePlans()).PlansPage }) },
          { path: 'ke-hoach/nhap', lazy: async () => ({ Component: (await planIntake()).ImportPage }) },
          { path: 'ke-hoach/:planId', lazy: async () => ({ Component: (await consolePlans()).PlanDashboardPage }) },
          { path: 'ke-hoach/:planId/du-thao', lazy: async () => ({ Component: (await planIntake()).DraftReviewPage }) },
          {
            path: 'ke-hoach/:planId/kich-hoat',
            lazy: async () => ({ Component: (await planIntake()).ActivationPage }),
          },
          {
            path: 'nhiem-vu/:assignmentId',
            lazy: async () => ({ Component: (await import('../features/assignment-desk')).AssignmentDeskPage }),
          },
          { path: 'co-quan', lazy: async () => ({ Component: (await directory()).AgenciesPage }) },
          { path: 'co-quan/:agencyId', lazy: async () => ({ Component: (await consolePlans()).AgencyPage }) },
          { path: 'nhom-co-quan', lazy: async () => ({ Component: (await directory()).GroupsPage }) },
          { path: 'kiem-tra', lazy: async () => ({ Component: (await directory()).InspectionsPage }) },
          {
            path: 'dot-kiem-tra/:inspectionId',
            lazy: async () => ({ Component: (await import('../features/inspections')).InspectionDetailPage }),
          },
          { path: 'lich', lazy: async () => ({ Component: (await directory()).CalendarPage }) },
          { path: 'nguoi-dung', lazy: async () => ({ Component: (await directory()).UsersPage }) },
          { path: 'nhat-ky', lazy: async () => ({ Component: (await directory()).AuditPage }) },
          { path: 'tai-khoan', lazy: async () => ({ Component: (await import('../features/account')).AccountPage }) },
        ],
      },
    ],
  },
  {
    // What agencies and inspectors reach from their mail, and the login page.
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
      { path: '*', Component: NotFoundPage },
    ],
  },
]);
