export { ConsoleLayout } from './console-layout';
export { RequireStaff } from './require-staff';
export { CONSOLE_SECTIONS } from './console-menu';
