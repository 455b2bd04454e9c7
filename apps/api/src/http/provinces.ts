import { ForbiddenException } from '@nestjs/common';
import { type Actor, provinceFilterOf, servesProvince } from '@dondoc/auth';
import { normaliseVietnamese } from '@dondoc/domain';

/**
 * A 403 naming the field when an account bound to a province names another (or, with null, every province).
 * Undefined names nothing: the caller keeps its own.
 */
export function requireServedProvince(actor: Actor, province: string | null | undefined, field = 'province'): void {
  if (province === undefined || servesProvince(actor, province === null ? null : normaliseVietnamese(province))) return;
  const message = `you act for ${actor.province ?? 'every province'} only`;
  throw new ForbiddenException({
    message: `${field}: ${message}`,
    errors: [{ field, message }],
    code: 'OtherProvince',
  });
}

/** The province a list is narrowed to: the one asked for (the actor's own, when it is bound), else the actor's. */
export function listedProvince(actor: Actor, requested: string | undefined): string | undefined {
  requireServedProvince(actor, requested);
  return requested ?? provinceFilterOf(actor);
}

/** Settings every province shares (the national calendar, the scoring rubric): changed by deployment-wide accounts. */
export function requireEveryProvince(actor: Actor, what: string): void {
  if (actor.province === null) return;
  throw new ForbiddenException({
    message: `${what} is shared by every province: an account that serves every province changes it`,
    code: 'OtherProvince',
  });
}
