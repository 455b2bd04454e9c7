import { type ArgumentMetadata, BadRequestException, type PipeTransform } from '@nestjs/common';

/**
 * PostgreSQL's text cannot hold U+0000, so a NUL anywhere in a body, query or path would fail on the write as a 500.
 * Refused up front instead, naming the field that holds it.
 */
export class NulFreePipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (metadata.type === 'custom') return value;
    const field = nulAt(value, metadata.type === 'param' ? (metadata.data ?? '') : '');
    if (field !== null) {
      const name = field || metadata.type;
      throw new BadRequestException({
        message: `${name}: must not contain the NUL character (U+0000)`,
        errors: [{ field: name, message: 'must not contain the NUL character (U+0000)' }],
      });
    }
    return value;
  }
}

/** The dotted path of the first string holding a NUL (in a key or a value), or null when there is none. */
function nulAt(value: unknown, path: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulAt(item, `${path}[${index}]`);
      if (found !== null) return found;
    }
    return null;
  }
  if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) {
      const child = path ? `${path}.${key}` : key;
      if (key.includes('\u0000')) return child;
      const found = nulAt(item, child);
      if (found !== null) return found;
    }
  }
  return null;
}
