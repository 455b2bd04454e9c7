import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type PlanImportJobStatus = 'reading' | 'done' | 'failed';

/** A plan document read off the request path (a scan, by OCR): its progress, then the draft it became or why not. */
@Entity({ name: 'plan_import_jobs' })
export class PlanImportJobEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  status!: PlanImportJobStatus;

  @Column({ type: 'varchar', length: 300 })
  filename!: string;

  /** The province of the account that uploaded it; null for an account that serves every province. */
  @Column({ type: 'varchar', length: 100, nullable: true })
  province!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'pages_done', type: 'int', default: 0 })
  pagesDone!: number;

  @Column({ name: 'pages_total', type: 'int', nullable: true })
  pagesTotal!: number | null;

  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId!: string | null;

  /** The import's answer once done (as POST /plans/import gives it), or the refusal's problem once failed. */
  @Column({ type: 'jsonb', nullable: true })
  outcome!: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
