export { AgenciesPage } from './agencies-page';
export { GroupsPage } from './groups-page';
export { InspectionsPage } from './inspections-page';
export { CalendarPage } from './calendar-page';
export { UsersPage } from './users-page';
export { AuditPage } from './audit-page';
