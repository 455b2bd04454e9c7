import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const PERSONAL_LINK_PURPOSES = ['assignment', 'inspection'] as const;
export type PersonalLinkPurpose = (typeof PERSONAL_LINK_PURPOSES)[number];

/**
 * A link in an email that signs its recipient in for one assignment (an agency) or one inspection (an inspector).
 * Only the token's SHA-256 is kept: a copy of the database opens nothing.
 */
@Entity({ name: 'personal_links' })
export class PersonalLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'token_hash', type: 'char', length: 64, unique: true })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 20 })
  purpose!: PersonalLinkPurpose;

  @Column({ name: 'assignment_id', type: 'uuid', nullable: true })
  assignmentId!: string | null;

  @Column({ name: 'inspection_id', type: 'uuid', nullable: true })
  inspectionId!: string | null;

  /** The agency the link was sent to; a reassignment away from it revokes the link. */
  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  /** The inspector the link was sent to. */
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 320 })
  recipient!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
