import { searchKey } from '@dondoc/domain';

export interface NamedAgency {
  code: string;
  name: string;
  shortNames: readonly string[];
  aliases: readonly string[];
}

export interface NamedGroup {
  code: string;
  name: string;
  phrases: readonly string[];
}

export type NameMatch = { type: 'agency'; code: string } | { type: 'group'; code: string };

export interface NameIndex {
  /** The one agency or group whose name, short name, alias or phrase has this search key; null if none. */
  resolve(text: string): NameMatch | null;
  /** Search keys that name more than one entry: a directory should have none within a province. */
  ambiguous: ReadonlyArray<{ key: string; matches: NameMatch[] }>;
}

/** Exact matching on search keys: "Sở Văn hoá…" finds "Sở Văn hóa…", but a partial name finds nothing. */
export function buildNameIndex(agencies: readonly NamedAgency[], groups: readonly NamedGroup[]): NameIndex {
  const byKey = new Map<string, NameMatch[]>();
  const add = (text: string, match: NameMatch) => {
    const key = searchKey(text);
    const matches = byKey.get(key) ?? [];
    if (!matches.some((known) => known.type === match.type && known.code === match.code)) matches.push(match);
    byKey.set(key, matches);
  };
  for (const agency of agencies) {
    for (const name of [agency.name, ...agency.shortNames, ...agency.aliases]) {
      add(name, { type: 'agency', code: agency.code });
    }
  }
  for (const group of groups) {
    for (const phrase of [group.name, ...group.phrases]) add(phrase, { type: 'group', code: group.code });
  }
  return {
    resolve: (text) => {
      const matches = byKey.get(searchKey(text));
      return matches?.length === 1 ? matches[0] : null;
    },
    ambiguous: [...byKey.entries()]
      .filter(([, matches]) => matches.length > 1)
      .map(([key, matches]) => ({ key, matches })),
  };
}
