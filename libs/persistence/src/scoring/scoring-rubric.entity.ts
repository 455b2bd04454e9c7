import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type ScoringRubric } from '@dondoc/domain';

/** One version of the province's scoring rubric; a change appends a version, none is ever edited (a trigger refuses). */
@Entity({ name: 'scoring_rubrics' })
export class ScoringRubricEntity {
  @PrimaryGeneratedColumn({ type: 'int' })
  version!: number;

  @Column({ type: 'jsonb' })
  rules!: ScoringRubric;

  /** Why it changed, e.g. the decision that set it ("Quyết định số 12/QĐ-UBND"). */
  @Column({ type: 'varchar', length: 1000, nullable: true })
  note!: string | null;

  /** Null for the system (the default seeded by the migration). */
  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'created_by_email', type: 'varchar', length: 320, nullable: true })
  createdByEmail!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
