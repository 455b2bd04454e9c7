import { type UserRole } from '@dondoc/persistence';

/** What a personal link grants: one assignment (an agency's link) or one inspection (an inspector's). */
export interface LinkGrant {
  linkId: string;
  assignmentId: string | null;
  inspectionId: string | null;
}

/** Who is calling: every service method takes one first, and scoped reads pass its agency to the repository. */
export interface Actor {
  /** Null for an agency's personal link: its holder has no account, only the address the link was sent to. */
  userId: string | null;
  email: string;
  role: UserRole;
  /** Set for agency officers, whose reads and actions are limited to this agency. */
  agencyId: string | null;
  /** Set when the caller came through a personal link: it grants nothing beyond it. */
  link: LinkGrant | null;
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
