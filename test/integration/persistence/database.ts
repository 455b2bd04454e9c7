import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@dondoc/persistence';

const stackUrl = (): string => {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: run with --selectProjects stack');
  return url;
};

async function onServer(sql: string): Promise<void> {
  const client = new Client({ connectionString: stackUrl() });
  await client.connect();
  await client.query(sql).finally(() => client.end());
}

/** An empty database beside the stack's own, for tests that must see the schema appear and disappear. */
export async function createEmptyDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `dondoc_empty_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await onServer(`CREATE DATABASE "${name}"`);
  const url = new URL(stackUrl());
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => onServer(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** A data source on the stack's migrated database. */
export function openStackDataSource(url = stackUrl()): Promise<DataSource> {
  return new DataSource(dataSourceOptions(url)).initialize();
}
