export { InspectionPage } from './inspection-page';
