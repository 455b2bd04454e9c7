export { helloWorkflow } from './hello.workflow';
export { timerCrewWorkflow, timerWorkflow } from './timer-crew.workflow';
