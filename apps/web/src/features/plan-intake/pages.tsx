import './plan-intake.css';

export { ImportPage } from './import-page';
export { DraftReviewPage } from './draft-review-page';
export { ActivationPage } from './activation-page';
