import { type UserRole } from '@dondoc/persistence';

/** Who is calling: every service method takes one first, and scoped reads pass its agency to the repository. */
export interface Actor {
  userId: string;
  email: string;
  role: UserRole;
  /** Set for agency officers, whose reads and actions are limited to this agency. */
  agencyId: string | null;
}

/** What an access token carries (besides iat/exp); the guard reloads the user, so a deactivation takes effect at once. */
export interface AccessTokenClaims {
  sub: string;
  role: UserRole;
  agencyId: string | null;
}
