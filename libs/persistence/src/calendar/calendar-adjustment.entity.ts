import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { type YearAdjustments } from '@dondoc/domain';

/** One year's announced schedule (Bộ Nội vụ), replacing the built-in default for that year. */
@Entity({ name: 'calendar_adjustments' })
export class CalendarAdjustmentEntity {
  @PrimaryColumn({ type: 'int' })
  year!: number;

  @Column({ type: 'jsonb' })
  adjustments!: YearAdjustments;

  @Column('text')
  source!: string;

  /** The email of whoever stored it; null for the system. */
  @Column({ name: 'updated_by', type: 'varchar', length: 320, nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
