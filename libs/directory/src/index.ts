export * from './csv';
export * from './directory-importer';
export * from './directory.module';
export * from './directory.types';
export * from './name-index';
export * from './parse-directory';
export { CSV_COLUMNS } from './read-csv';
export * from './resolution';
