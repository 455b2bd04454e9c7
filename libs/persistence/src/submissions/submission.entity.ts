import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { AssignmentEntity } from '../assignments/assignment.entity';
import { UserEntity } from '../users/user.entity';

export const REVIEW_OUTCOMES = ['accepted', 'returned'] as const;
export type ReviewOutcome = (typeof REVIEW_OUTCOMES)[number];

export interface SubmissionAttachment {
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  storageKey: string;
}

/** One version of an agency's report for an assignment, and the coordinator's review of it. */
@Entity({ name: 'submissions' })
export class SubmissionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'assignment_id' })
  assignment?: AssignmentEntity;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'report_text', type: 'text', nullable: true })
  reportText!: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: SubmissionAttachment[];

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'submitted_by' })
  submitter?: UserEntity | null;

  /** Who sent it through a personal link, where there is no user account. */
  @Column({ name: 'submitted_by_email', type: 'varchar', length: 320, nullable: true })
  submittedByEmail!: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' })
  submittedAt!: Date;

  @Column({ name: 'review_outcome', type: 'varchar', length: 20, nullable: true })
  reviewOutcome!: ReviewOutcome | null;

  @Column({ name: 'review_comment', type: 'text', nullable: true })
  reviewComment!: string | null;

  @Column({ name: 'reviewed_by', type: 'uuid', nullable: true })
  reviewedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'reviewed_by' })
  reviewer?: UserEntity | null;

  @Column({ name: 'reviewed_at', type: 'timestamptz', nullable: true })
  reviewedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
