import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type Repository } from 'typeorm';
import { type ScoringRubric } from '@dondoc/domain';
import { type AuditActor } from '../audit/audit-event.repository';
import { ScoringRubricEntity } from './scoring-rubric.entity';

/** A version without its rules, for the list of versions. */
export type ScoringRubricVersion = Omit<ScoringRubricEntity, 'rules'>;

@Injectable()
export class ScoringRubricRepository {
  private readonly rows: Repository<ScoringRubricEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(ScoringRubricEntity);
  }

  /** The rubric in force; the migration seeds version 1, so there always is one. */
  async latest(manager?: EntityManager): Promise<ScoringRubricEntity> {
    const [latest] = await this.repository(manager).find({ order: { version: 'DESC' }, take: 1 });
    if (!latest) throw new Error('scoring_rubrics is empty: the migration seeds version 1');
    return latest;
  }

  byVersion(version: number): Promise<ScoringRubricEntity | null> {
    return this.rows.findOneBy({ version });
  }

  /** Every version, newest first. */
  list(): Promise<ScoringRubricVersion[]> {
    return this.rows.find({
      select: { version: true, note: true, createdBy: true, createdByEmail: true, createdAt: true },
      order: { version: 'DESC' },
    });
  }

  /** A new version; pass the caller's transaction so its audit event commits with it. */
  append(
    rules: ScoringRubric,
    note: string | null,
    actor: AuditActor | null,
    manager?: EntityManager,
  ): Promise<ScoringRubricEntity> {
    const repository = this.repository(manager);
    return repository.save(
      repository.create({ rules, note, createdBy: actor?.id ?? null, createdByEmail: actor?.email ?? null }),
    );
  }

  private repository(manager?: EntityManager): Repository<ScoringRubricEntity> {
    return manager?.getRepository(ScoringRubricEntity) ?? this.rows;
  }
}
