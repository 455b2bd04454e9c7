import { normaliseVietnamese } from '@dondoc/domain';

const PROVINCE = /(?:^|[^\p{L}])[tT]ỉnh\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3})/gu;

/**
 * The provinces a text may belong to, most likely first: what follows "tỉnh" (with each shorter prefix, since a
 * capitalised word may follow the name), counted, the issuer's own mention first.
 */
export function provinceMentions(text: string, issuer: string | null = null): string[] {
  const counts = new Map<string, number>();
  const count = (source: string, weight: number) => {
    for (const match of normaliseVietnamese(source).matchAll(PROVINCE)) {
      const words = match[1].split(' ');
      for (let n = words.length; n >= 1; n -= 1) {
        const name = words.slice(0, n).join(' ');
        counts.set(name, (counts.get(name) ?? 0) + weight);
      }
    }
  };
  count(text, 1);
  if (issuer !== null) count(issuer, 1000);
  return [...counts.entries()]
    .sort(([a, x], [b, y]) => y - x || b.split(' ').length - a.split(' ').length)
    .map(([name]) => name);
}
