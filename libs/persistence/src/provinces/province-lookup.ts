import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What a route names by id that belongs to a province, and how to find that province. */
const PROVINCE_OF = {
  plan: `SELECT province FROM plans WHERE id = $1`,
  task: `SELECT p.province FROM tasks t JOIN plans p ON p.id = t.plan_id WHERE t.id = $1`,
  assignment: `SELECT p.province FROM assignments a JOIN plans p ON p.id = a.plan_id WHERE a.id = $1`,
  inspection: `SELECT p.province FROM inspections i JOIN plans p ON p.id = i.plan_id WHERE i.id = $1`,
  agency: `SELECT province FROM agencies WHERE id = $1`,
  'agency group': `SELECT province FROM agency_groups WHERE id = $1`,
  'import job': `SELECT province FROM plan_import_jobs WHERE id = $1`,
  user: `SELECT CASE WHEN u.role = 'agency_officer' THEN a.province ELSE u.province END AS province
           FROM users u LEFT JOIN agencies a ON a.id = u.agency_id WHERE u.id = $1`,
} as const;

export type ProvinceBound = keyof typeof PROVINCE_OF;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class ProvinceLookup {
  constructor(private readonly dataSource: DataSource) {}

  /** The province `id` belongs to; null when it belongs to none (every province's); undefined when there is none. */
  async of(kind: ProvinceBound, id: string): Promise<string | null | undefined> {
    if (!UUID.test(id)) return undefined;
    const rows: Array<{ province: string | null }> = await this.dataSource.query(PROVINCE_OF[kind], [id]);
    return rows.length === 0 ? undefined : rows[0].province;
  }
}
