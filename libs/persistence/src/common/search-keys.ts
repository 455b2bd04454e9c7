import { searchKey } from '@dondoc/domain';

/**
 * Name first, so a prefix query on the name can use the text_pattern_ops index; the rest are joined with ' | '
 * so a query never matches across two names.
 */
export const agencySearchKey = (agency: { code: string; name: string; shortNames: string[]; aliases: string[] }) =>
  searchKey([agency.name, ...agency.shortNames, ...agency.aliases, agency.code].join(' | '));

export const groupSearchKey = (group: { code: string; name: string; phrases: string[] }) =>
  searchKey([group.name, ...group.phrases, group.code].join(' | '));

/** Every word of the query must appear somewhere in the key, in any order ("stp lai chau"). */
export const searchTerms = (query: string | undefined): string[] =>
  query
    ? searchKey(query)
        .split(' ')
        .filter((term) => term.length > 0)
    : [];
