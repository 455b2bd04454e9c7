import { Column, CreateDateColumn, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const PLAN_STATUSES = ['draft', 'active', 'completed', 'cancelled'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

@Entity({ name: 'plans' })
export class PlanEntity {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 100, nullable: true, unique: true })
  number!: string | null;

  @Column('text')
  title!: string;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status!: PlanStatus;

  @Column({ name: 'standing_office_email', type: 'varchar', length: 320, nullable: true })
  standingOfficeEmail!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
