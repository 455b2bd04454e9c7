export { LinkProblemPage } from './link-problem-page';
