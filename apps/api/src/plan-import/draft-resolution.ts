import {
  type AgencyResolver,
  type AgencyRole,
  type Suggestion,
  type UnresolvedName,
  resolveTaskAgencies,
} from '@dondoc/directory';
import { type PlanDraft, type PlanTaskDraft, reportingTaskDrafts } from '@dondoc/plan-import';
import { type NewTask, type PlanWarning } from '@dondoc/persistence';

export interface ImportedTask {
  task: NewTask;
  leadCodes: string[];
  coordinatingCodes: string[];
}

export interface UnresolvedAgency {
  name: string;
  /** The task's full code, or `standingOffice`. */
  where: string;
  role: AgencyRole | 'standingOffice';
  suggestions: Suggestion[];
}

export interface ResolvedDraft {
  tasks: ImportedTask[];
  standingOfficeCode: string | null;
  unresolved: UnresolvedAgency[];
  warnings: PlanWarning[];
}

const fullCode = (task: PlanTaskDraft): string => (task.part ? `${task.part}.${task.code}` : task.code);

/** Codes are unique per plan: a repeated one (a numbering slip in the document) gets `#2`, `#3` and a warning. */
function uniqueCodes(tasks: readonly PlanTaskDraft[], warnings: PlanWarning[]): string[] {
  const seen = new Map<string, number>();
  return tasks.map((task) => {
    const code = fullCode(task);
    const count = (seen.get(code) ?? 0) + 1;
    seen.set(code, count);
    if (count === 1) return code;
    warnings.push({
      code: 'duplicate-code',
      message: `Văn bản đánh số hai nhiệm vụ cùng là ${code}: nhiệm vụ sau mang mã ${code}#${count}`,
      where: `${code}#${count}`,
    });
    return `${code}#${count}`;
  });
}

/** The nearest enclosing code already imported: `III.4.2` for `III.4.2.a`, if the plan has such a task. */
function parentCode(code: string, earlier: ReadonlySet<string>): string | null {
  const parts = code.split('.');
  for (let n = parts.length - 1; n >= 2; n -= 1) {
    const candidate = parts.slice(0, n).join('.');
    if (earlier.has(candidate)) return candidate;
  }
  return null;
}

function unresolvedWarning({ name, where, suggestions }: UnresolvedAgency): PlanWarning {
  const closest = suggestions.length > 0 ? `; gần nhất: ${suggestions.map((s) => s.name).join('; ')}` : '';
  return {
    code: 'agency-unresolved',
    message: `“${name}” không khớp với đúng một cơ quan hay nhóm nào${closest}`,
    where,
  };
}

function standingOffice(
  draft: PlanDraft,
  resolver: AgencyResolver | null,
): Pick<ResolvedDraft, 'standingOfficeCode' | 'unresolved'> {
  if (draft.standingOffice === null) return { standingOfficeCode: null, unresolved: [] };
  const resolution = resolver?.resolve(draft.standingOffice);
  // One agency: a group, or agencies listed under one head ("Các Sở: …"), is no standing office.
  if (resolution?.status === 'resolved' && resolution.match.type === 'agency' && resolution.agencyCodes.length === 1) {
    return { standingOfficeCode: resolution.match.code, unresolved: [] };
  }
  const suggestions = resolution?.status === 'unresolved' ? resolution.suggestions : [];
  const name = draft.standingOffice;
  return {
    standingOfficeCode: null,
    unresolved: [{ name, where: 'standingOffice', role: 'standingOffice', suggestions }],
  };
}

/**
 * The draft as rows to write: full hierarchical codes (`III.4.2.a`), parent links where the parent is a task too,
 * names as written and the agencies they resolve to, then the plan's reporting obligations as report tasks. Nothing is guessed: what does not resolve is reported.
 */
export function resolveDraft(draft: PlanDraft, resolver: AgencyResolver | null): ResolvedDraft {
  const codes = new Map(draft.tasks.map((task) => [task.code, fullCode(task)]));
  const warnings: PlanWarning[] = draft.warnings.map((w) =>
    w.where ? { ...w, where: codes.get(w.where) ?? w.where } : { ...w },
  );
  // The plan's own reporting obligations follow its tasks, as work of their own (BC.1, BC.2…).
  const workCount = draft.tasks.length;
  const drafted = [...draft.tasks, ...reportingTaskDrafts(draft)];
  const taskCodes = uniqueCodes(drafted, warnings);
  const office = standingOffice(draft, resolver);
  const unresolved = [...office.unresolved];
  const emptyGroups = new Map<string, string>();
  const earlier = new Set<string>();
  const tasks = drafted.map((draftTask, index): ImportedTask => {
    const code = taskCodes[index];
    const names = { lead: draftTask.lead, coordinating: draftTask.coordinating };
    const resolved = resolver
      ? resolveTaskAgencies(resolver, names)
      : { lead: [], coordinating: [], emptyGroups: [], unresolved: unknownNames(names) };
    resolved.unresolved.forEach(({ name, role, suggestions }) =>
      unresolved.push({ name, where: code, role, suggestions }),
    );
    resolved.emptyGroups.forEach((name) => emptyGroups.set(name, emptyGroups.get(name) ?? code));
    const task: NewTask = {
      kind: index < workCount ? 'work' : 'report',
      code,
      parentCode: parentCode(code, earlier),
      position: index + 1,
      title: draftTask.title,
      leadNames: draftTask.lead,
      coordinatingNames: draftTask.coordinating,
      timeframe: draftTask.timeframe,
      schedule: draftTask.schedule ?? null,
      form: draftTask.form,
      product: draftTask.product,
    };
    earlier.add(code);
    return { task, leadCodes: resolved.lead, coordinatingCodes: resolved.coordinating };
  });
  warnings.push(...unresolved.map(unresolvedWarning));
  for (const [name, where] of emptyGroups) {
    const message = `“${name}” là nhóm chưa có cơ quan thành viên: không giao nhiệm vụ cho cơ quan nào`;
    warnings.push({ code: 'agency-group-empty', message, where });
  }
  return { tasks, standingOfficeCode: office.standingOfficeCode, unresolved, warnings };
}

function unknownNames(names: { lead: readonly string[]; coordinating: readonly string[] }): UnresolvedName[] {
  return [
    ...names.lead.map((name) => ({ name, role: 'lead' as const, suggestions: [] })),
    ...names.coordinating.map((name) => ({ name, role: 'coordinating' as const, suggestions: [] })),
  ];
}
