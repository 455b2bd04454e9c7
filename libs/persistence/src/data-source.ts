import { DataSource } from 'typeorm';
import { loadAppConfig } from '@dondoc/config';
import { dataSourceOptions } from './data-source-options';

// For the TypeORM CLI (npm run migration:*); the processes build theirs through PersistenceModule.
export default new DataSource(dataSourceOptions(loadAppConfig().database.url));
