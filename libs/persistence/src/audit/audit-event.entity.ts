import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Who changed what, before and after; written in the same transaction as the change it records. */
@Entity({ name: 'audit_events' })
export class AuditEventEntity {
  /** bigserial: the driver returns int8 as a string so no precision is lost. */
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id!: string;

  /** Null for the system (workflows, imports run from the command line). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ name: 'actor_email', type: 'varchar', length: 320, nullable: true })
  actorEmail!: string | null;

  /** '<entity>.<verb>', e.g. 'plan.create', 'agency.update', 'directory.import'. */
  @Column({ type: 'varchar', length: 100 })
  action!: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 60 })
  entityType!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 100, nullable: true })
  entityId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Column({ name: 'request_id', type: 'varchar', length: 200, nullable: true })
  requestId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at!: Date;
}
