import { type NameMatch, type NamedAgency, type NamedGroup } from '../name-index';
import { nameKey } from './name-key';
import { similarity } from './similarity';

export interface ResolvableGroup extends NamedGroup {
  memberCodes: readonly string[];
}

/** One province's agencies and groups, as the resolver reads them. */
export interface ProvinceDirectory {
  province: string;
  agencies: readonly NamedAgency[];
  groups: readonly ResolvableGroup[];
}

export interface Suggestion {
  type: NameMatch['type'];
  code: string;
  name: string;
}

export type NameResolution =
  | { status: 'resolved'; name: string; match: NameMatch; agencyCodes: string[] }
  | { status: 'unresolved'; name: string; reason: 'unknown' | 'ambiguous'; suggestions: Suggestion[] };

export interface AgencyResolver {
  readonly province: string;
  /** The agency or group `name` means, expanded to agency codes; never a guess: else the closest suggestions. */
  resolve(name: string): NameResolution;
}

interface Entry extends Suggestion {
  keys: string[];
  agencyCodes: string[];
}

const SUGGESTIONS = 3;

function entriesOf(directory: ProvinceDirectory): Entry[] {
  const known = new Set(directory.agencies.map((agency) => agency.code));
  const key = (text: string) => nameKey(text, directory.province);
  return [
    ...directory.agencies.map((agency) => ({
      type: 'agency' as const,
      code: agency.code,
      name: agency.name,
      keys: [agency.name, ...agency.shortNames, ...agency.aliases].map(key),
      agencyCodes: [agency.code],
    })),
    ...directory.groups.map((group) => ({
      type: 'group' as const,
      code: group.code,
      name: group.name,
      keys: [group.name, ...group.phrases].map(key),
      agencyCodes: group.memberCodes.filter((code) => known.has(code)),
    })),
  ];
}

function suggest(entries: readonly Entry[], key: string): Suggestion[] {
  return entries
    .map((entry) => ({ entry, score: Math.max(...entry.keys.map((k) => similarity(key, k))) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name, 'vi'))
    .slice(0, SUGGESTIONS)
    .map(({ entry }) => ({ type: entry.type, code: entry.code, name: entry.name }));
}

const UNIT_IN_PARENTHESES = /\s*\([^()]*\)\s*$/u;
// "Giám đốc Sở Tư pháp", "Thủ trưởng các sở, ban, ngành": a plan charges an agency through its head.
const HEAD_OF = /^(?:Phó\s+)?(?:Thủ trưởng|Giám đốc|Chủ tịch|Người đứng đầu|Lãnh đạo)\s+(?:của\s+)?(?=\S)/iu;

/** Matches the names a plan writes against one province's directory (see nameKey for what counts as equal). */
export function buildAgencyResolver(directory: ProvinceDirectory): AgencyResolver {
  const entries = entriesOf(directory);
  const byKey = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const key of new Set(entry.keys)) byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  return {
    province: directory.province,
    resolve(name) {
      const key = nameKey(name, directory.province);
      // "Phòng Chính trị (Ban Tuyên huấn)": the agency, with the unit in charge of it in parentheses.
      const outer = UNIT_IN_PARENTHESES.test(name)
        ? nameKey(name.replace(UNIT_IN_PARENTHESES, ''), directory.province)
        : key;
      const headed = HEAD_OF.test(name) ? nameKey(name.replace(HEAD_OF, ''), directory.province) : key;
      const found = byKey.get(key) ?? byKey.get(outer) ?? byKey.get(headed) ?? [];
      if (found.length === 1) {
        const [entry] = found;
        return {
          status: 'resolved',
          name,
          match: { type: entry.type, code: entry.code },
          agencyCodes: entry.agencyCodes,
        };
      }
      const ambiguous = found.map(({ type, code, name: entryName }) => ({ type, code, name: entryName }));
      return found.length > 1
        ? { status: 'unresolved', name, reason: 'ambiguous', suggestions: ambiguous.slice(0, SUGGESTIONS) }
        : { status: 'unresolved', name, reason: 'unknown', suggestions: suggest(entries, key) };
    },
  };
}
