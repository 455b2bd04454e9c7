import { ASSIGNMENT_EVENT_ACTIONS, type AssignmentEventAction } from '@dondoc/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { type AssignmentStatus } from './assignment.entity';

export { ASSIGNMENT_EVENT_ACTIONS, type AssignmentEventAction };

/** One change of an assignment (its state after it), written in the same transaction as the state itself. */
@Entity({ name: 'assignment_events' })
export class AssignmentEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  /** The agency holding the assignment after the change. */
  @Column({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column({ type: 'varchar', length: 30 })
  action!: AssignmentEventAction;

  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  fromStatus!: AssignmentStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 20 })
  toStatus!: AssignmentStatus;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ name: 'deadline_version', type: 'int' })
  deadlineVersion!: number;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 320, nullable: true })
  actorEmail!: string | null;

  /** The reason given, the reminder's step, the report's version. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** A retried write finds its event already there: the workflow's state revision, or the notice's key. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 300, nullable: true })
  dedupeKey!: string | null;

  @Column({ type: 'timestamptz' })
  at!: Date;
}
