import { type ArgumentMetadata, BadRequestException, type PipeTransform } from '@nestjs/common';

/**
 * PostgreSQL's text cannot hold U+0000, so a NUL anywhere in a body, query or path would fail on the write as a 500.
 * Refused up front instead, naming the field that holds it; so are lone surrogates and bodies nested too deep.
 */
export class NulFreePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const deep = tooDeepAt(value, metadata.type);
    if (deep !== null) {
      const message = `must not be nested more than ${MAX_DEPTH} levels deep`;
      throw new BadRequestException({ message: `${deep}: ${message}`, errors: [{ field: deep, message }] });
    }
    const root = metadata.type === 'param' ? (metadata.data ?? '') : '';
    for (const [unfit, message] of UNFIT_TEXT) {
      const field = textAt(value, root, unfit);
      if (field === null) continue;
      const name = field || metadata.type;
      throw new BadRequestException({ message: `${name}: ${message}`, errors: [{ field: name, message }] });
    }
    return value;
  }
}

// No DTO nests past a few levels; 10,000 nested arrays would overflow the stack of every recursive walk after this.
const MAX_DEPTH = 32;

/** The path of a value nested past MAX_DEPTH, walked without recursion so that the depth itself cannot overflow. */
function tooDeepAt(value: unknown, root: string): string | null {
  const pending: Array<[unknown, string, number]> = [[value, '', 0]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [item, path, depth] = next;
    if (!item || typeof item !== 'object' || Buffer.isBuffer(item)) continue;
    if (depth > MAX_DEPTH) return path || root;
    for (const [key, child] of Object.entries(item))
      pending.push([child, Array.isArray(item) ? `${path}[${key}]` : path ? `${path}.${key}` : key, depth + 1]);
  }
  return null;
}

// A lone surrogate is not text: validator's isEmail throws on it (a 500), and the database would store U+FFFD instead.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const UNFIT_TEXT: Array<[(text: string) => boolean, string]> = [
  [(text) => text.includes('\u0000'), 'must not contain the NUL character (U+0000)'],
  [(text) => LONE_SURROGATE.test(text), 'must be well-formed Unicode (no lone surrogate)'],
];

/** The dotted path of the first string `unfit` matches (in a key or a value), or null when there is none. */
function textAt(value: unknown, path: string, unfit: (text: string) => boolean): string | null {
  if (typeof value === 'string') return unfit(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = textAt(item, `${path}[${index}]`, unfit);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      const child = path ? `${path}.${key}` : key;
      if (unfit(key)) return child;
      const found = textAt(item, child, unfit);
      if (found !== null) return found;
    }
  }
  return null;
}
