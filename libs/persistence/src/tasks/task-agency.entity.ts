import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AgencyEntity } from '../agencies/agency.entity';
import { TaskEntity } from './task.entity';

export const TASK_AGENCY_ROLES = ['lead', 'coordinating'] as const;
export type TaskAgencyRole = (typeof TASK_AGENCY_ROLES)[number];

/** An agency a task's names were resolved to, and in which role. */
@Entity({ name: 'task_agencies' })
export class TaskAgencyEntity {
  @PrimaryColumn({ name: 'task_id', type: 'uuid' })
  taskId!: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @PrimaryColumn({ type: 'varchar', length: 20 })
  role!: TaskAgencyRole;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'task_id' })
  task?: TaskEntity;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity;
}
