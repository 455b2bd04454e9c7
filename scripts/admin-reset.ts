import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { PasswordHasher } from '@dondoc/auth';
import { loadAppConfig } from '@dondoc/config';
import { dataSourceOptions } from '@dondoc/persistence';
import { recoverAdmin } from '../apps/api/src/users/admin-recovery';

/** `npm run admin:reset -- --email someone@… [--password …]`: gives the office an admin back (see README). */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { email: { type: 'string' }, password: { type: 'string' } } });
  if (!values.email) throw new Error('usage: npm run admin:reset -- --email <address> [--password <password>]');
  if (values.password !== undefined && values.password.length < 12) {
    throw new Error('--password: at least 12 characters (or leave it out for a generated one)');
  }
  // Only the database is used here: a missing NODE_ENV need not stop an operator restoring an admin.
  const config = loadAppConfig({ NODE_ENV: 'development', ...process.env });
  const dataSource = await new DataSource(dataSourceOptions(config.database.url)).initialize();
  try {
    const admin = await recoverAdmin(dataSource, new PasswordHasher(), values.email, values.password);
    process.stdout.write(
      `${admin.created ? 'Created' : 'Restored'} admin ${admin.email}${values.password ? '' : `; password: ${admin.password}`}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
