import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { type Schedule } from '@dondoc/domain';
import { PlanEntity } from '../plans/plan.entity';

/** One numbered item of a plan: what to do, who leads, who helps, by when (all as written). */
export const TASK_KINDS = ['work', 'report'] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

@Entity({ name: 'tasks' })
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => PlanEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: PlanEntity;

  /** `report`: one of the plan's own reporting obligations (numbered BC.n), turned into work like any task. */
  @Column({ type: 'varchar', length: 20, default: 'work' })
  kind!: TaskKind;

  /** The document's own numbering, e.g. 'III.4.2.a'; unique within the plan. */
  @Column({ type: 'varchar', length: 60 })
  code!: string;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => TaskEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: TaskEntity | null;

  @Column({ type: 'int' })
  position!: number;

  @Column('text')
  title!: string;

  @Column({ type: 'text', nullable: true })
  content!: string | null;

  @Column({ name: 'lead_names', type: 'text', array: true, default: () => "'{}'" })
  leadNames!: string[];

  @Column({ name: 'coordinating_names', type: 'text', array: true, default: () => "'{}'" })
  coordinatingNames!: string[];

  @Column({ type: 'text', nullable: true })
  timeframe!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  schedule!: Schedule | null;

  @Column({ type: 'text', nullable: true })
  form!: string | null;

  @Column({ type: 'text', nullable: true })
  product!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
