import type { Session, UserRole } from '../api/types';

/**
 * What each role may do, as the API's role rules say (README, "Roles"): the console hides what a role may not use,
 * and the API refuses it anyway.
 */
const MANAGERS: readonly UserRole[] = ['admin', 'coordinator'];
const STAFF: readonly UserRole[] = ['admin', 'coordinator', 'viewer', 'inspector'];

export type Ability =
  | 'console'
  | 'managePlans'
  | 'actOnAssignments'
  | 'manageDirectory'
  | 'manageUsers'
  | 'resetPasswords'
  | 'editCalendar'
  | 'readRanking'
  | 'readAudit'
  | 'readInspections';

const RULES: Record<Ability, readonly UserRole[]> = {
  console: STAFF,
  managePlans: MANAGERS,
  actOnAssignments: MANAGERS,
  manageDirectory: MANAGERS,
  manageUsers: MANAGERS,
  resetPasswords: ['admin'],
  editCalendar: MANAGERS,
  readRanking: [...MANAGERS, 'viewer'],
  readAudit: MANAGERS,
  readInspections: STAFF,
};

/** A signed-in user (not a personal link) whose role allows `ability`. */
export const can = (session: Session | null | undefined, ability: Ability): boolean =>
  session?.kind === 'user' && RULES[ability].includes(session.role);

export const ROLE_LABELS: Record<UserRole, string> = {
  admin: 'Quản trị hệ thống',
  coordinator: 'Cán bộ điều phối',
  viewer: 'Người xem',
  inspector: 'Thành viên đoàn kiểm tra',
  agency_officer: 'Cán bộ cơ quan',
};
