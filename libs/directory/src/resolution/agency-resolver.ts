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

// "Các Sở: Tư pháp, Nội vụ", "các Sở Tư pháp, Nội vụ và Tài chính": agencies of one kind, their head word written once.
const UNDER_ONE_HEAD = /^(?:các\s+)?(Sở|Ban|Phòng|Hội|Trung tâm)\s*:?\s+(.+)$/iu;
const LIST_SEPARATOR = /(,\s*|\s+và\s+)/u;

/** Matches the names a plan writes against one province's directory (see nameKey for what counts as equal). */
export function buildAgencyResolver(directory: ProvinceDirectory): AgencyResolver {
  const entries = entriesOf(directory);
  const byKey = new Map<string, Entry[]>();
  for (const entry of entries) {
    for (const key of new Set(entry.keys)) byKey.set(key, [...(byKey.get(key) ?? []), entry]);
  }
  const lookup = (name: string): Entry[] => {
    const key = nameKey(name, directory.province);
    // "Phòng Chính trị (Ban Tuyên huấn)": the agency, with the unit in charge of it in parentheses.
    const outer = UNIT_IN_PARENTHESES.test(name)
      ? nameKey(name.replace(UNIT_IN_PARENTHESES, ''), directory.province)
      : key;
    const headed = HEAD_OF.test(name) ? nameKey(name.replace(HEAD_OF, ''), directory.province) : key;
    return byKey.get(key) ?? byKey.get(outer) ?? byKey.get(headed) ?? [];
  };
  const agencyNamed = (name: string): Entry | null => {
    const found = lookup(name);
    return found.length === 1 && found[0].type === 'agency' ? found[0] : null;
  };
  /**
   * Each agency of a list under one head, the longest name first where the parts could be read more than one way
   * ("Văn hóa, Thể thao và Du lịch" is one Sở); null unless every part is an agency of the province.
   */
  const listed = (name: string): Entry[] | null => {
    const match = UNDER_ONE_HEAD.exec(name.trim());
    if (match === null || !LIST_SEPARATOR.test(match[2])) return null;
    const [head, rest] = [match[1], match[2]];
    const pieces = rest.split(LIST_SEPARATOR);
    const cover = (from: number): Entry[] | null => {
      if (from >= pieces.length) return [];
      for (let to = pieces.length - 1; to >= from; to -= 2) {
        const entry = agencyNamed(`${head} ${pieces.slice(from, to + 1).join('')}`);
        const after = entry === null ? null : cover(to + 2);
        if (entry !== null && after !== null) return [entry, ...after];
      }
      return null;
    };
    const agencies = cover(0);
    return agencies !== null && agencies.length > 1 ? agencies : null;
  };
  return {
    province: directory.province,
    resolve(name) {
      const found = lookup(name);
      if (found.length === 1) {
        const [entry] = found;
        return {
          status: 'resolved',
          name,
          match: { type: entry.type, code: entry.code },
          agencyCodes: entry.agencyCodes,
        };
      }
      const list = found.length === 0 ? listed(name) : null;
      if (list !== null) {
        // Named outright, as an agency is; the match names the first, and a caller wanting one agency checks the codes.
        const codes = list.map((entry) => entry.code);
        return { status: 'resolved', name, match: { type: 'agency', code: codes[0] }, agencyCodes: codes };
      }
      const ambiguous = found.map(({ type, code, name: entryName }) => ({ type, code, name: entryName }));
      const key = nameKey(name, directory.province);
      return found.length > 1
        ? { status: 'unresolved', name, reason: 'ambiguous', suggestions: ambiguous.slice(0, SUGGESTIONS) }
        : { status: 'unresolved', name, reason: 'unknown', suggestions: suggest(entries, key) };
    },
  };
}
