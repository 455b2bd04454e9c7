import { type PlanDraft } from '../plan-draft';
import { isParties } from './agency-lexicon';
import { splitAgencies } from './agency-splitter';

/**
 * A joint document's "Hai bên" / "các bên" are the bodies that issue it ("Sở Tư pháp và Tỉnh đoàn … thống nhất ban
 * hành"): named, so that the work and the reports are theirs.
 */
export function withPartiesNamed(draft: PlanDraft): PlanDraft {
  const { issuer } = draft;
  const parties = issuer === null ? [] : splitAgencies(issuer);
  if (issuer === null || parties.length < 2) return draft;
  const named = (agencies: readonly string[]) => [
    ...new Set(agencies.flatMap((agency) => (isParties(agency) ? parties : [agency]))),
  ];
  const asIssuer = (agency: string) => (isParties(agency) ? issuer : agency);
  return {
    ...draft,
    tasks: draft.tasks.map((task) => ({ ...task, lead: named(task.lead), coordinating: named(task.coordinating) })),
    reportDeadlines: draft.reportDeadlines.map((report) =>
      report.who === null ? report : { ...report, who: asIssuer(report.who) },
    ),
    agencyResponsibilities: draft.agencyResponsibilities.map((entry) => ({ ...entry, agency: asIssuer(entry.agency) })),
  };
}
