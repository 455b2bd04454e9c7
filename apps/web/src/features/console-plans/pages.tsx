export { AgencyPage } from './agency-page';
export { PlanDashboardPage } from './plan-dashboard-page';
export { PlansPage } from './plans-page';
