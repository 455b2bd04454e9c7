import { ASSIGNMENT_STATUSES, type AssignmentStatus } from '@dondoc/contracts';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';
import { PlanEntity } from '../plans/plan.entity';
import { TASK_AGENCY_ROLES } from '../tasks/task-agency.entity';
import { TaskEntity } from '../tasks/task.entity';

// The workflow owns the lifecycle; the table mirrors it.
export { ASSIGNMENT_STATUSES, type AssignmentStatus };

export const ASSIGNMENT_ROLES = TASK_AGENCY_ROLES;
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/** One task × one agency × one reporting period: the unit a workflow urges to completion. */
@Entity({ name: 'assignments' })
export class AssignmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  @Column({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @ManyToOne(() => TaskEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'task_id' })
  task?: TaskEntity;

  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;

  /** Reporting period key from the schedule: '2026', '2024-Q3', '2024-11' or a due date. */
  @Column({ type: 'varchar', length: 40 })
  period!: string;

  @Column({ type: 'varchar', length: 20 })
  role!: AssignmentRole;

  /** Null while the schedule waits for an event or a request nobody can date in advance. */
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: AssignmentStatus;

  /** Bumped by every extension or return, so reminder idempotency keys for the old deadline no longer match. */
  @Column({ name: 'deadline_version', type: 'int', default: 1 })
  deadlineVersion!: number;

  /** The workflow's revision of the state last written (AssignmentState.revision). */
  @Column({ name: 'state_revision', type: 'int', default: 0 })
  stateRevision!: number;

  @Column({ name: 'workflow_id', type: 'varchar', length: 200, nullable: true, unique: true })
  workflowId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
