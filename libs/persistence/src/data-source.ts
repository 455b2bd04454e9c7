import { DataSource } from 'typeorm';
import { loadAppConfig } from '@dondoc/config';
import { dataSourceOptions } from './data-source-options';

// For the TypeORM CLI (npm run migration:*); the processes build theirs through PersistenceModule. Only the
// database is read here, so a missing NODE_ENV need not stop a migration.
export default new DataSource(
  dataSourceOptions(loadAppConfig({ NODE_ENV: 'development', ...process.env }).database.url),
);
