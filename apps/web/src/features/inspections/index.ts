export { InspectionPage } from './inspection-page';
export { InspectionDetailPage } from './inspection-detail-page';
