import { Injectable } from '@nestjs/common';
import { Between, DataSource, type EntityManager, type Repository } from 'typeorm';
import { type AnnouncedAdjustments, DEFAULT_ANNOUNCED_ADJUSTMENTS, type YearAdjustments } from '@dondoc/domain';
import { type AuditActor } from '../audit/audit-event.repository';
import { CalendarAdjustmentEntity } from './calendar-adjustment.entity';

@Injectable()
export class CalendarAdjustmentRepository {
  private readonly rows: Repository<CalendarAdjustmentEntity>;

  constructor(dataSource: DataSource) {
    this.rows = dataSource.getRepository(CalendarAdjustmentEntity);
  }

  /**
   * The effective table for `from`–`to`: a stored year replaces the built-in default for that year. Only those
   * years, because the table travels in every assignment workflow's input.
   */
  async forYears(from: number, to: number): Promise<AnnouncedAdjustments> {
    const table: Record<number, YearAdjustments> = {};
    for (const [year, adjustments] of Object.entries(DEFAULT_ANNOUNCED_ADJUSTMENTS)) {
      if (Number(year) >= from && Number(year) <= to) table[Number(year)] = adjustments;
    }
    for (const row of await this.rows.findBy({ year: Between(from, to) })) table[row.year] = row.adjustments;
    return table;
  }

  /** The stored row of a year, or null when the default (or the statutory rules alone) apply. */
  getYear(year: number, manager?: EntityManager): Promise<CalendarAdjustmentEntity | null> {
    return (manager?.getRepository(CalendarAdjustmentEntity) ?? this.rows).findOneBy({ year });
  }

  /** Replaces the year's adjustments whole; storing the same table twice leaves one identical row. */
  async upsertYear(
    year: number,
    adjustments: YearAdjustments,
    actor: Pick<AuditActor, 'email'> | null,
    manager?: EntityManager,
  ): Promise<CalendarAdjustmentEntity> {
    const repository = manager?.getRepository(CalendarAdjustmentEntity) ?? this.rows;
    const source = adjustments.source ?? '';
    await repository
      .createQueryBuilder()
      .insert()
      .values({ year, adjustments, source, updatedBy: actor?.email ?? null })
      .orUpdate(['adjustments', 'source', 'updated_by', 'updated_at'], ['year'])
      .execute();
    return repository.findOneByOrFail({ year });
  }
}
