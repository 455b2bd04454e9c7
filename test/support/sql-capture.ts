import { type DataSource, type Logger } from 'typeorm';

export interface Statement {
  sql: string;
  parameters: unknown[];
}

/** The statements `dataSource` runs while `action` does, in order: what a route really asks of the database. */
export async function captureStatements(dataSource: DataSource, action: () => Promise<void>): Promise<Statement[]> {
  const statements: Statement[] = [];
  const ignore = () => undefined;
  const capturing: Logger = {
    logQuery: (sql, parameters) => void statements.push({ sql, parameters: parameters ?? [] }),
    logQueryError: ignore,
    logQuerySlow: ignore,
    logSchemaBuild: ignore,
    logMigration: ignore,
    log: ignore,
  };
  const original = dataSource.logger;
  dataSource.setOptions({ logger: capturing });
  try {
    await action();
  } finally {
    dataSource.setOptions({ logger: original });
  }
  return statements;
}

/** EXPLAIN (ANALYZE, BUFFERS) of a statement with its own parameters: the plan PostgreSQL chose and what it did. */
export async function explain(dataSource: DataSource, { sql, parameters }: Statement): Promise<string[]> {
  const rows = await dataSource.query<Array<{ 'QUERY PLAN': string }>>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, parameters);
  return rows.map((row) => row['QUERY PLAN']);
}

/** The statement without its column list, on one line: enough to tell which one a plan belongs to. */
export function shortSql(sql: string): string {
  return sql
    .replace(/\s+/g, ' ')
    .replace(/SELECT (DISTINCT )?.*? FROM /g, (_match, distinct?: string) => `SELECT ${distinct ?? ''}… FROM `)
    .replace(/"/g, '');
}
