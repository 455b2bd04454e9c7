import { type DataSource } from 'typeorm';

/**
 * At least `count` agencies coded `bench-000001`…, in one set-based statement (thousands in milliseconds), those a
 * previous call made kept; answers every bench agency's id in code order.
 */
export async function seedBenchAgencies(dataSource: DataSource, count: number): Promise<string[]> {
  await dataSource.query(
    `INSERT INTO agencies (code, name, province, kind, search_key)
     SELECT 'bench-' || lpad(n::text, 6, '0'), 'Cơ quan thử nghiệm số ' || n, 'Tỉnh thử nghiệm',
            'provincial_department', 'co quan thu nghiem so ' || n
     FROM generate_series(1, $1) AS n
     ON CONFLICT (code) DO NOTHING`,
    [count],
  );
  const rows = await dataSource.query<Array<{ id: string }>>(
    `SELECT id FROM agencies WHERE code LIKE 'bench-%' ORDER BY code`,
  );
  return rows.map(({ id }) => id);
}
