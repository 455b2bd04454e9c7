// A plain script, not a test: `npm run bench:persistence -- --assignments 3000 --mails 3000`. In each round dondoc's
// repositories and raw `pg` write the same rows to the same database one after the other (the order turning every
// round), so they see the same caches and table sizes. Round 0 warms up, untimed, and records dondoc's statements.
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@dondoc/persistence';
import { startBenchDatabase } from './orchestration/bench-stack';
import { ratio, table } from './orchestration/bench-report';
import { benchLog, runBench } from './orchestration/bench-run';
import { captureStatements } from '../test/support/sql-capture';
import { measured, rotated, rowsPerSecond } from './persistence/contender';
import { expectOpened, openingContenders, seedTaskPeriods } from './persistence/open-period';
import { expectSent, mailsFor, outboxContenders } from './persistence/outbox';

const { values: flags } = parseArgs({
  options: {
    assignments: { type: 'string', default: '3000' },
    rounds: { type: 'string', default: '5' },
    mails: { type: 'string', default: '3000' },
    concurrency: { type: 'string', default: '20' },
  },
});
const ASSIGNMENTS = Number(flags.assignments);
const ROUNDS = Number(flags.rounds);
const MAILS = Number(flags.mails);
const CONCURRENCY = Number(flags.concurrency);
// TypeORM leaves pg's pool at its default size: the raw side gets as many connections.
const POOL_SIZE = 10;
const WARM_UP_MAILS = Math.min(MAILS, 100);

const log = benchLog();
const stops: Array<() => Promise<void>> = [];

async function main(): Promise<Record<string, unknown>> {
  const url = await startBenchDatabase(stops, log);
  const dataSource = await new DataSource(dataSourceOptions(url)).initialize();
  stops.push(() => dataSource.destroy());
  const pool = new Pool({ connectionString: url, max: POOL_SIZE });
  // An idle connection that drops (the server stopping first) is reported, not thrown from an event emitter.
  pool.on('error', (error) => log(`raw pool: ${error.message}`));
  stops.push(() => pool.end());
  const { planId, periods } = await seedTaskPeriods(dataSource, ASSIGNMENTS, 2 * (ROUNDS + 1));
  log(`seeded ${ASSIGNMENTS} agencies and ${periods.length} tasks`);

  const opening = openingContenders(dataSource, pool, planId);
  const outbox = outboxContenders(dataSource, pool, CONCURRENCY);
  const openingRates: number[][] = opening.map(() => []);
  const outboxRates: number[][] = outbox.map(() => []);
  const dondocStatements = { openPeriod: 0, perMail: 0 };
  for (let round = 0; round <= ROUNDS; round += 1) {
    const warmUp = round === 0;
    for (const side of rotated([0, 1], round)) {
      const period = periods[2 * round + side];
      const write = () => opening[side].write(period);
      if (!warmUp) openingRates[side].push(await rowsPerSecond(ASSIGNMENTS, write));
      else if (side === 0) dondocStatements.openPeriod = (await captureStatements(dataSource, write)).length;
      else await write();
      await expectOpened(dataSource, period.taskId, ASSIGNMENTS);
    }
    const mails = warmUp ? WARM_UP_MAILS : MAILS;
    for (const side of rotated([0, 1, 2, 3], round)) {
      const batch = `${round}-${side}`;
      const batchMails = mailsFor(batch, mails);
      const write = () => outbox[side].write(batchMails);
      if (!warmUp) outboxRates[side].push(await rowsPerSecond(MAILS, write));
      else if (side === 0) dondocStatements.perMail = (await captureStatements(dataSource, write)).length / mails;
      else await write();
      await expectSent(dataSource, batch, mails);
    }
    log(warmUp ? 'warmed up' : `round ${round}/${ROUNDS} done`);
  }

  const [openDondoc, openRaw] = openingRates.map(measured);
  const [mailDondoc, ...mailRaw] = outboxRates.map(measured);
  process.stdout.write(
    `${table([
      [`open period (${ASSIGNMENTS} assignments): dondoc openPeriod`, `${openDondoc.rowsPerSecond} rows/s`],
      ['open period: raw pg, multi-row INSERTs', `${openRaw.rowsPerSecond} rows/s`],
      ['open period: dondoc / raw', ratio(openDondoc.rowsPerSecond, openRaw.rowsPerSecond)],
      ['open period: statements dondoc sends', String(dondocStatements.openPeriod)],
      ['outbox: mails, written how many at a time', `${MAILS}, ${CONCURRENCY} at a time`],
      ...outbox.map((contender, side): [string, string] => [
        `outbox: ${contender.name}`,
        `${measured(outboxRates[side]).rowsPerSecond} mails/s`,
      ]),
      ...outbox
        .slice(1)
        .map((contender, index): [string, string] => [
          `outbox: dondoc / ${contender.name.replace('raw pg: ', '')}`,
          ratio(mailDondoc.rowsPerSecond, mailRaw[index].rowsPerSecond),
        ]),
      ['outbox: statements dondoc sends a mail', dondocStatements.perMail.toFixed(1)],
    ])}\n`,
  );
  return {
    assignments: ASSIGNMENTS,
    rounds: ROUNDS,
    mails: MAILS,
    concurrency: CONCURRENCY,
    openPeriod: {
      dondoc: openDondoc,
      raw: openRaw,
      ratio: openDondoc.rowsPerSecond / openRaw.rowsPerSecond,
      dondocStatements: dondocStatements.openPeriod,
    },
    outbox: {
      dondoc: mailDondoc,
      rawSameStatements: mailRaw[0],
      rawMultiRowInsert: mailRaw[1],
      rawSetBased: mailRaw[2],
      ratioToSameStatements: mailDondoc.rowsPerSecond / mailRaw[0].rowsPerSecond,
      ratioToMultiRowInsert: mailDondoc.rowsPerSecond / mailRaw[1].rowsPerSecond,
      ratioToSetBased: mailDondoc.rowsPerSecond / mailRaw[2].rowsPerSecond,
      dondocStatementsPerMail: dondocStatements.perMail,
    },
  };
}

runBench('persistence', main, { stops, log, timeoutMs: 10 * 60_000 });
