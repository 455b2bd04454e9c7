import { loadAppConfig, runProcess } from '@dondoc/config';
import { migrateDatabase } from '@dondoc/persistence';

/** The image's one-shot `migrate` command: applies pending migrations before the API and the worker start. */
async function main(): Promise<void> {
  const applied = await migrateDatabase(loadAppConfig().database.url);
  process.stdout.write(applied.length > 0 ? `applied ${applied.join(', ')}\n` : 'the schema is up to date\n');
}

runProcess(main);
