import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { type SubmissionAttachment } from '../submissions/submission.entity';

export const FINDING_RATINGS = ['tot', 'kha', 'dat', 'chua_dat'] as const;
export type FindingRating = (typeof FINDING_RATINGS)[number];

/** What an inspection team found at one target agency; saved as the team goes, before the team's report. */
@Entity({ name: 'inspection_findings' })
export class InspectionFindingEntity {
  @PrimaryColumn({ name: 'inspection_id', type: 'uuid' })
  inspectionId!: string;

  @PrimaryColumn({ name: 'agency_id', type: 'uuid' })
  agencyId!: string;

  @Column('text')
  finding!: string;

  @Column({ type: 'varchar', length: 20 })
  rating!: FindingRating;

  @Column({ type: 'text', default: '' })
  recommendation!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  attachments!: SubmissionAttachment[];

  @Column({ name: 'recorded_by', type: 'uuid' })
  recordedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
