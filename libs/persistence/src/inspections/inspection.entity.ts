import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { PlanEntity } from '../plans/plan.entity';
import { TaskEntity } from '../tasks/task.entity';

export const INSPECTION_STATUSES = ['scheduled', 'notified', 'reported', 'closed', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export interface InspectionTeam {
  name: string;
  inspectorIds: string[];
  agencyIds: string[];
}

/** A direct inspection (kiểm tra trực tiếp) of a plan, or one of its tasks, for one period. */
@Entity({ name: 'inspections' })
export class InspectionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  /** Null when the whole plan is inspected. */
  @Column({ name: 'task_id', type: 'uuid', nullable: true })
  taskId!: string | null;

  @ManyToOne(() => TaskEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'task_id' })
  task?: TaskEntity | null;

  @Column({ type: 'varchar', length: 40 })
  period!: string;

  @Column({ type: 'varchar', length: 20, default: 'scheduled' })
  status!: InspectionStatus;

  @Column({ name: 'window_start', type: 'date', nullable: true })
  windowStart!: string | null;

  @Column({ name: 'window_end', type: 'date', nullable: true })
  windowEnd!: string | null;

  @Column({ name: 'report_due', type: 'date', nullable: true })
  reportDue!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  teams!: InspectionTeam[];

  /** Recorded so the target draw can be reproduced (selectInspectionTargets). */
  @Column({ name: 'draw_seed', type: 'varchar', length: 200, nullable: true })
  drawSeed!: string | null;

  @Column({ name: 'findings_report', type: 'text', nullable: true })
  findingsReport!: string | null;

  @Column({ name: 'reported_at', type: 'timestamptz', nullable: true })
  reportedAt!: Date | null;

  @Column({ name: 'workflow_id', type: 'varchar', length: 200, nullable: true, unique: true })
  workflowId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
