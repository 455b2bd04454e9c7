import { agencyScope, provinceScope, type ReadScope, type UserRole } from '@dondoc/persistence';

/** What a personal link grants: one assignment (an agency's link) or one inspection (an inspector's). */
export interface LinkGrant {
  linkId: string;
  assignmentId: string | null;
  inspectionId: string | null;
}

interface Caller {
  /** Null for an agency's personal link: its holder has no account, only the address the link was sent to. */
  userId: string | null;
  email: string;
  /** Set when the caller came through a personal link: it grants nothing beyond it. */
  link: LinkGrant | null;
}

/** An agency officer always acts for its agency, in its agency's province: its reads and actions are limited to it. */
export interface AgencyOfficer extends Caller {
  role: 'agency_officer';
  agencyId: string;
  province: string;
}

/** The office and its inspectors: an agency they may belong to scopes nothing; a province they serve does. */
export interface StaffMember extends Caller {
  role: Exclude<UserRole, 'agency_officer'>;
  agencyId: string | null;
  /** Null: the account serves every province of the deployment. */
  province: string | null;
}

/** Who is calling: every service method takes one first, and scoped reads take `scopeOf(actor)`. */
export type Actor = AgencyOfficer | StaffMember;

/**
 * Whose rows this actor may read: an officer its agency's (a personal link its one assignment's), the rest their
 * province's, or all.
 */
export function scopeOf(actor: Actor): ReadScope {
  return actor.role === 'agency_officer'
    ? agencyScope(actor.agencyId, actor.link?.assignmentId)
    : provinceScope(actor.province);
}

/** The province a list is narrowed to for this actor: its own, or none for an account serving every province. */
export const provinceFilterOf = (actor: Actor): string | undefined => actor.province ?? undefined;

/** Whether the actor may act on what belongs to `province` (null: a thing of no province, every province's). */
export const servesProvince = (actor: Actor, province: string | null): boolean =>
  actor.province === null || province === actor.province;

/**
 * An actor for a user, refusing an officer without an agency (the database forbids one; a type can't). `province`
 * is the account's own, or for an officer its agency's.
 */
export function actorOf(
  user: { id: string | null; email: string; role: UserRole; agencyId: string | null; province: string | null },
  link: LinkGrant | null,
): Actor | null {
  const caller = { userId: user.id, email: user.email, link };
  if (user.role !== 'agency_officer')
    return { ...caller, role: user.role, agencyId: user.agencyId, province: user.province };
  return user.agencyId && user.province
    ? { ...caller, role: 'agency_officer', agencyId: user.agencyId, province: user.province }
    : null;
}

/** What an access token carries (besides iat/exp); the guard reloads the user, so a deactivation takes effect at once. */
export interface AccessTokenClaims {
  sub: string;
  role: UserRole;
  agencyId: string | null;
}

/** The user behind an actor, for actions only an account may take (a personal link never reaches them). */
export function accountOf(actor: Actor): string {
  if (actor.userId === null) throw new Error('this action needs a user account, not a personal link');
  return actor.userId;
}
