export { parsePlanText, type ParsePlanOptions } from './parse-plan-text';
export { findPlanTitle } from './metadata/plan-title';
export * from './plan-draft';
export { normaliseText, normaliseToParagraphs } from './text/normalise-text';
export { splitAgencies } from './agencies/agency-splitter';
export { cutTitle } from './tasks/title';
export { extractText } from './extract/extract-text';
export { PlanImportException, PlanImportErrorCode } from './extract/plan-import.exception';
export { REPORT_TASK_PART, reportingTaskDrafts } from './implementation/report-tasks';
