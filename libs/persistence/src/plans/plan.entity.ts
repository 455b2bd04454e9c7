import { type PlanPolicy } from '@dondoc/domain';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';
import { type PlanSourceDocument, type PlanWarning } from './plan-documents';

export const PLAN_STATUSES = ['draft', 'active', 'completed', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

@Entity({ name: 'plans' })
export class PlanEntity {
  /** Chosen by the caller (the intake workflow's business id), defaulted by the database otherwise. */
  @PrimaryColumn({ type: 'uuid', default: () => 'gen_random_uuid()' })
  id!: string;

  @Column({ type: 'varchar', length: 100, nullable: true, unique: true })
  number!: string | null;

  @Column('text')
  title!: string;

  @Column({ type: 'text', nullable: true })
  issuer!: string | null;

  @Column({ name: 'issued_date', type: 'date', nullable: true })
  issuedDate!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  basis!: string[];

  @Column({ name: 'period_from', type: 'int', nullable: true })
  periodFrom!: number | null;

  @Column({ name: 'period_to', type: 'int', nullable: true })
  periodTo!: number | null;

  @Column({ name: 'period_text', type: 'text', nullable: true })
  periodText!: string | null;

  /** The province whose plan this is; null for one imported before its province was known (every province's). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  province!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: PlanStatus;

  /** The plan workflow's revision of the status last written: a late write of an older one is ignored. */
  @Column({ name: 'status_revision', type: 'int', default: 0 })
  statusRevision!: number;

  @Column({ name: 'standing_office_id', type: 'uuid', nullable: true })
  standingOfficeId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'standing_office_id' })
  standingOffice?: AgencyEntity | null;

  /** Kept for the intake acknowledgement, which is mailed before any agency is resolved. */
  @Column({ name: 'standing_office_email', type: 'varchar', length: 320, nullable: true })
  standingOfficeEmail!: string | null;

  @Column({ name: 'source_document', type: 'jsonb', nullable: true })
  sourceDocument!: PlanSourceDocument | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  warnings!: PlanWarning[];

  /** Null means the defaults (docs/domain-model.md, Policy). */
  @Column({ type: 'jsonb', nullable: true })
  policy!: PlanPolicy | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
