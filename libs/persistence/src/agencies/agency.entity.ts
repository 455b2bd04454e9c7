import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export const AGENCY_KINDS = [
  'provincial_department',
  'provincial_committee',
  'district_committee',
  'commune_committee',
  'council',
  'socio_political',
  'central_in_province',
  'press',
  'other',
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

/** A body a plan can charge with a task: a Sở, a district committee, a council, a mass organisation… */
@Entity({ name: 'agencies' })
export class AgencyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 60, unique: true })
  code!: string;

  @Column('text')
  name!: string;

  @Column({ type: 'varchar', length: 100 })
  province!: string;

  @Column({ name: 'short_names', type: 'text', array: true, default: () => "'{}'" })
  shortNames!: string[];

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  aliases!: string[];

  @Column({ type: 'varchar', length: 40 })
  kind!: AgencyKind;

  @Column({ name: 'parent_id', type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: AgencyEntity | null;

  @Column({ name: 'focal_emails', type: 'text', array: true, default: () => "'{}'" })
  focalEmails!: string[];

  @Column({ name: 'head_email', type: 'varchar', length: 320, nullable: true })
  headEmail!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The agency that took this one's work over when it was merged (it is then inactive); null otherwise. */
  @Column({ name: 'merged_into_id', type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: AgencyEntity | null;

  /** searchKey() of the name, short names and aliases; set by AgencyRepository on every write. */
  @Column({ name: 'search_key', type: 'text' })
  searchKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
