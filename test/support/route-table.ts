import { type UserRole, USER_ROLES } from '@dondoc/persistence';

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
const ALL = USER_ROLES;
const MANAGERS: readonly UserRole[] = ['admin', 'coordinator'];
const OVERSEERS: readonly UserRole[] = ['admin', 'coordinator', 'inspector', 'viewer'];
export const PUBLIC = [
  'POST /api/auth/login',
  'POST /api/auth/session',
  'DELETE /api/auth/session',
  'POST /api/personal-links/renewals',
  'GET /api/feeds/*.ics',
  'GET /api/health',
];

/** Every route but the public ones (login, health, docs), and who may call it. */
export const ROUTES: Array<[Method, string, readonly UserRole[], unknown?]> = [
  ['get', '/api/auth/me', ALL],
  ['get', '/api/session', ALL],
  // An empty body names no password: allowed roles get 400 and nothing changes.
  ['post', '/api/auth/password', ALL],
  ['get', '/api/agencies', ALL],
  ['get', '/api/agencies/:id', ALL],
  ['post', '/api/agencies', MANAGERS],
  ['patch', '/api/agencies/:id', MANAGERS],
  ['delete', '/api/agencies/:id', MANAGERS],
  // An empty body names no successor: allowed roles get 400 and nothing is merged.
  ['post', '/api/agencies/:id/merge-into', MANAGERS],
  // An array is not a directory file: allowed roles get 400 and nothing is imported.
  ['post', '/api/agencies/import', MANAGERS, []],
  // An officer's own agency only: another agency's feed is a 404, as for a random id.
  ['get', '/api/agencies/:id/calendar-feed', [...MANAGERS, 'agency_officer']],
  ['post', '/api/agencies/:id/calendar-feed/regenerate', [...MANAGERS, 'agency_officer']],
  ['delete', '/api/agencies/:id/calendar-feed', [...MANAGERS, 'agency_officer']],
  // An officer's own agency only: another agency's figures are a 404, as for a random id.
  ['get', '/api/agencies/:id/status-report', ALL],
  ['get', '/api/agency-groups', ALL],
  ['get', '/api/agency-groups/:id', ALL],
  ['post', '/api/agency-groups', MANAGERS],
  ['patch', '/api/agency-groups/:id', MANAGERS],
  ['delete', '/api/agency-groups/:id', MANAGERS],
  ['get', '/api/plans', ALL],
  ['get', '/api/plans/overview', ALL],
  ['post', '/api/plans', MANAGERS],
  // A JSON body is not a multipart upload: allowed roles get 415 and nothing is imported.
  ['post', '/api/plans/import', MANAGERS],
  ['get', '/api/plans/import-jobs/:id', MANAGERS],
  ['get', '/api/plans/:id', ALL],
  ['patch', '/api/plans/:id', MANAGERS],
  ['delete', '/api/plans/:id', MANAGERS],
  ['get', '/api/plans/:id/intake', ALL],
  ['post', '/api/plans/:id/activate', MANAGERS],
  ['get', '/api/plans/:id/activation-preview', MANAGERS],
  ['get', '/api/plans/:id/draft-review', ALL],
  ['post', '/api/plans/:id/cancel', MANAGERS],
  ['post', '/api/plans/:id/tasks/:id/trigger', MANAGERS],
  ['get', '/api/plans/:id/progress', ALL],
  ['get', '/api/plans/:id/status-report', ALL],
  ['get', '/api/plans/:id/ranking', [...MANAGERS, 'viewer']],
  ['get', '/api/plans/:id/exports/progress', ALL],
  ['get', '/api/plans/:id/exports/by-agency', ALL],
  ['get', '/api/plans/:id/exports/by-task', ALL],
  ['get', '/api/plans/:id/exports/ranking', [...MANAGERS, 'viewer']],
  ['get', '/api/plans/:id/policy', ALL],
  ['put', '/api/plans/:id/policy', MANAGERS],
  ['get', '/api/plans/:id/calendar-feed', MANAGERS],
  ['post', '/api/plans/:id/calendar-feed/regenerate', MANAGERS],
  ['delete', '/api/plans/:id/calendar-feed', MANAGERS],
  ['get', '/api/plans/:id/tasks', ALL],
  ['post', '/api/plans/:id/tasks', MANAGERS],
  ['get', '/api/plans/:id/tasks/:id', ALL],
  ['patch', '/api/plans/:id/tasks/:id', MANAGERS],
  ['delete', '/api/plans/:id/tasks/:id', MANAGERS],
  // An empty body lists no agencies: allowed roles get 400.
  ['put', '/api/plans/:id/tasks/:id/agencies', MANAGERS],
  ['get', '/api/plans/:id/assignments', ALL],
  ['get', '/api/assignments', ALL],
  ['get', '/api/assignments/:id', ALL],
  ['post', '/api/assignments/:id/submissions', ['agency_officer']],
  ['get', '/api/assignments/:id/report-view', [...MANAGERS, 'viewer', 'agency_officer']],
  ['get', '/api/assignments/:id/submissions', [...MANAGERS, 'viewer', 'agency_officer']],
  ['get', '/api/assignments/:id/attachments/:id', [...MANAGERS, 'viewer', 'agency_officer']],
  ['get', '/api/assignments/:id/inputs/:id/attachments/:id', [...MANAGERS, 'viewer', 'agency_officer']],
  ['post', '/api/assignments/:id/review', MANAGERS],
  ['post', '/api/assignments/:id/extend', MANAGERS],
  ['post', '/api/assignments/:id/waive', MANAGERS],
  ['post', '/api/assignments/:id/reassign', MANAGERS],
  ['get', '/api/assignments/:id/timeline', [...MANAGERS, 'viewer']],
  ['post', '/api/plans/:id/tasks/:id/extend-open', MANAGERS],
  ['get', '/api/agencies/:id/merge-into/preview', MANAGERS],
  ['get', '/api/inspections', OVERSEERS],
  ['post', '/api/inspections/:id/report', ['inspector']],
  ['get', '/api/inspections/:id/briefing', OVERSEERS],
  ['put', '/api/inspections/:id/findings/:id', ['inspector']],
  ['get', '/api/inspections/:id/attachments/:id', OVERSEERS],
  ['get', '/api/audit-events', MANAGERS],
  ['get', '/api/users', MANAGERS],
  ['get', '/api/users/:id', MANAGERS],
  ['post', '/api/users', MANAGERS],
  ['patch', '/api/users/:id', MANAGERS],
  ['delete', '/api/users/:id', MANAGERS],
  ['post', '/api/users/:id/password-reset', ['admin']],
  // A uuid is no year: allowed roles get 400.
  ['get', '/api/calendar/:id', ALL],
  ['put', '/api/calendar/:id', MANAGERS],
  ['get', '/api/scoring-rubrics', ALL],
  // A uuid is no version: allowed roles get 400.
  ['get', '/api/scoring-rubrics/:id', ALL],
  // An empty body holds no rules: allowed roles get 400 and no version is made.
  ['put', '/api/scoring-rubrics', MANAGERS],
];
