export { planIntakeWorkflow } from './plan-intake.workflow';
