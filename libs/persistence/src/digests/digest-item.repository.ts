import { Injectable } from '@nestjs/common';
import { DataSource, type Repository } from 'typeorm';
import { DigestItemEntity } from './digest-item.entity';

export type NewDigestItem = Pick<
  DigestItemEntity,
  'recipients' | 'officeName' | 'assignmentId' | 'deadlineVersion' | 'step'
>;

/** What one digest lists about an overdue assignment, as it stands when the digest goes out. */
export interface DigestLine {
  assignmentId: string;
  planNumber: string | null;
  planTitle: string;
  taskCode: string;
  taskTitle: string;
  agencyName: string;
  dueDate: string | null;
  status: string;
}

@Injectable()
export class DigestItemRepository {
  private readonly items: Repository<DigestItemEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.items = dataSource.getRepository(DigestItemEntity);
  }

  /** Once per assignment, deadline version and step: a retried activity adds nothing. */
  async add(item: NewDigestItem): Promise<void> {
    await this.items
      .createQueryBuilder()
      .insert()
      .values({ ...item, recipients: [...item.recipients].sort() })
      .orIgnore()
      .execute();
  }

  /**
   * Gives every unclaimed item the key of its office's digest for `date` (`<prefix><office hash>`), and returns the
   * keys of that day's digests: those just claimed and any an earlier attempt claimed but may not have sent.
   */
  async claim(prefix: string): Promise<string[]> {
    await this.dataSource.query(
      `UPDATE "digest_items" SET "digest_key" = $1 || md5(array_to_string("recipients", ','))
       WHERE "digest_key" IS NULL`,
      [prefix],
    );
    const rows = await this.items
      .createQueryBuilder('item')
      .select('DISTINCT item.digest_key', 'key')
      .where('item.digest_key LIKE :prefix', { prefix: `${prefix}%` })
      .orderBy('key')
      .getRawMany<{ key: string }>();
    return rows.map((row) => row.key);
  }

  /** The items of one digest with what the mail says of each, oldest deadline first. */
  async digest(key: string): Promise<{ recipients: string[]; officeName: string; lines: DigestLine[] } | null> {
    const items = await this.items.find({ where: { digestKey: key }, order: { createdAt: 'ASC' } });
    if (items.length === 0) return null;
    const lines = await this.dataSource.query<DigestLine[]>(
      `SELECT DISTINCT a.id AS "assignmentId", p.number AS "planNumber", p.title AS "planTitle", t.code AS "taskCode",
              t.title AS "taskTitle", g.name AS "agencyName", to_char(a.due_date, 'YYYY-MM-DD') AS "dueDate",
              a.status AS "status"
         FROM "digest_items" d
         JOIN "assignments" a ON a.id = d.assignment_id
         JOIN "tasks" t ON t.id = a.task_id
         JOIN "plans" p ON p.id = a.plan_id
         JOIN "agencies" g ON g.id = a.agency_id
        WHERE d.digest_key = $1
        ORDER BY "dueDate", "taskCode", "agencyName"`,
      [key],
    );
    return { recipients: items[0].recipients, officeName: items[0].officeName, lines };
  }
}
