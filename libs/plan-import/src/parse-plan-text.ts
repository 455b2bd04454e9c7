import { composeVietnamese } from '@dondoc/domain';
import { withPartiesNamed } from './agencies/parties';
import { findInspection } from './implementation/inspection';
import { findInheritedLead } from './implementation/inherited-lead';
import { findNumberedAssignments } from './implementation/numbered-assignments';
import { findReportDeadlines } from './implementation/report-deadlines';
import {
  findStandingOffice,
  inferredStandingOffice,
  toAgencyResponsibilities,
} from './implementation/agency-responsibilities';
import { readImplementation, readProse } from './implementation/responsibility-units';
import { findAttachedPlan } from './metadata/attached-plan';
import { detectKind, otherDocumentType } from './metadata/document-kind';
import { findIntroducingClause, findIssuingClause } from './metadata/issuing-clause';
import { letterheadIssuer } from './metadata/letterhead';
import { findBasis, findIssuedDate, findIssuer, findNumber } from './metadata/metadata';
import { findPeriod } from './metadata/period';
import { planTitleIn } from './metadata/plan-title';
import { buildOutline } from './outline/outline';
import { type ParseWarning, ParseWarningCode, type PlanDraft, type PlanTaskDraft } from './plan-draft';
import { scheduleForTimeframe } from './schedule/timeframe-schedule';
import { preferTableTasks } from './tables/prefer-table-tasks';
import { readColumns } from './tables/column-roles';
import { splitPipeTables } from './tables/pipe-table';
import { stackedTablesAsPipeTables } from './tables/stacked-table';
import { tabTablesAsPipeTables } from './tables/tab-table';
import { readTaskTables } from './tables/task-tables';
import { findTaskNodes } from './tasks/task-nodes';
import { buildTask } from './tasks/tasks';
import { inspectionSources, reportPassages } from './parse-sources';
import { normaliseToParagraphs } from './text/normalise-text';

export interface ParsePlanOptions {
  /** Skip the domain's time-frame interpretation (e.g. for a quick preview). */
  withSchedules?: boolean;
}

function attachSchedules(draft: PlanDraft): void {
  draft.tasks = draft.tasks.map((task): PlanTaskDraft => {
    if (task.timeframe === null) return task;
    const { schedule, warnings } = scheduleForTimeframe(task.timeframe, draft.period);
    warnings.forEach((message) => draft.warnings.push({ code: ParseWarningCode.Schedule, message, where: task.code }));
    return { ...task, schedule };
  });
}

/** Turns the text of a published plan into a structured draft for review; never throws on odd input. */
export function parsePlanText(text: string, options: ParsePlanOptions = {}): PlanDraft {
  // Composed first: the table readers match headings and agency names as the lexicon writes them.
  const asTables = stackedTablesAsPipeTables(tabTablesAsPipeTables(composeVietnamese(text)));
  const { prose, tables } = splitPipeTables(asTables, (table) => readColumns(table) !== null);
  const whole = normaliseToParagraphs(prose);
  const attached = findAttachedPlan(whole);
  const paragraphs = attached?.paragraphs ?? whole;
  const outline = buildOutline(paragraphs);
  const taskTables = readTaskTables(tables);
  const kind = detectKind(outline, paragraphs, taskTables.tasks.length > 0);
  const issuing = findIssuingClause(outline.preamble) ?? attached?.issuing ?? findIntroducingClause(paragraphs);
  const header = outline.preamble.length > 0 ? outline.preamble : paragraphs.slice(0, 8);
  const warnings: ParseWarning[] = kind === 'plan' ? taskTables.warnings : [];
  const implementation = kind === 'plan' ? readImplementation(outline.parts) : { units: [], unattributed: [] };
  const { units } = implementation;
  const taskNodes = kind === 'plan' ? preferTableTasks(findTaskNodes(outline.parts), taskTables.tasks) : [];
  const context = { inheritedLead: findInheritedLead(units), numbered: findNumberedAssignments(units), warnings };
  const tasks = taskNodes.map((t) => buildTask(t, context));
  const issuedDate = findIssuedDate(header, issuing) ?? attached?.issuedDate ?? null;
  const draft: PlanDraft = {
    kind,
    number: findNumber(header, issuing) ?? attached?.number ?? null,
    issuer: findIssuer(issuing) ?? letterheadIssuer(text),
    issuedDate,
    basis: kind === 'plan' ? findBasis(issuing) : [],
    period: findPeriod(outline.parts, issuing, planTitleIn(paragraphs), issuedDate),
    standingOffice: findStandingOffice(kind === 'plan' ? units : readProse(paragraphs), paragraphs.join('\n')),
    tasks,
    reportDeadlines: findReportDeadlines(reportPassages(taskNodes, tasks, implementation)),
    inspection: findInspection(inspectionSources(taskNodes, tasks, implementation)),
    agencyResponsibilities: toAgencyResponsibilities(units),
    warnings,
  };
  if (draft.standingOffice === null) {
    const inferred = inferredStandingOffice(draft.reportDeadlines, units);
    if (inferred !== null) {
      draft.standingOffice = inferred.agency;
      warnings.push(inferred.warning);
    }
  }
  if (kind !== 'plan') {
    // Never stored with a plan: it becomes the refusal's detail, in English like every API problem.
    const named = otherDocumentType(paragraphs);
    const why =
      named === null
        ? 'the text has no plan structure (parts, numbered items, agency lines)'
        : `the document is a ${named}`;
    const message = `Not a plan (${kind}): ${why}; no tasks were extracted`;
    warnings.unshift({ code: ParseWarningCode.NotAPlan, message });
  } else if (tasks.length === 0) {
    warnings.unshift({ code: ParseWarningCode.NoTasks, message: 'Không tìm thấy nhiệm vụ nào trong kế hoạch' });
  }
  const named = withPartiesNamed(draft);
  if (options.withSchedules !== false) attachSchedules(named);
  return named;
}
