import { type AgencyResolver, type NameResolution, type Suggestion } from './agency-resolver';

export type AgencyRole = 'lead' | 'coordinating';

export interface UnresolvedName {
  name: string;
  role: AgencyRole;
  suggestions: Suggestion[];
}

export interface ResolvedTaskAgencies {
  /** Agency codes; an agency that leads is not also listed as coordinating. */
  lead: string[];
  coordinating: string[];
  unresolved: UnresolvedName[];
  /** Group names that matched but stand for no agency yet (e.g. communes still to be imported). */
  emptyGroups: string[];
}

/** A task's lead and coordinating names as agency codes, groups expanded, each agency once. */
export function resolveTaskAgencies(
  resolver: AgencyResolver,
  names: { lead: readonly string[]; coordinating: readonly string[] },
): ResolvedTaskAgencies {
  const result: ResolvedTaskAgencies = { lead: [], coordinating: [], unresolved: [], emptyGroups: [] };
  const collect = (role: AgencyRole, resolution: NameResolution) => {
    if (resolution.status === 'unresolved') {
      result.unresolved.push({ name: resolution.name, role, suggestions: resolution.suggestions });
      return;
    }
    if (resolution.agencyCodes.length === 0) result.emptyGroups.push(resolution.name);
    result[role].push(...resolution.agencyCodes);
  };
  names.lead.forEach((name) => collect('lead', resolver.resolve(name)));
  names.coordinating.forEach((name) => collect('coordinating', resolver.resolve(name)));
  const lead = new Set(result.lead);
  result.lead = [...lead];
  result.coordinating = [...new Set(result.coordinating)].filter((code) => !lead.has(code));
  return result;
}
