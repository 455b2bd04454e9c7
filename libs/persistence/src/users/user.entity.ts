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

export const USER_ROLES = ['admin', 'coordinator', 'agency_officer', 'inspector', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

@Entity({ name: 'users' })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored lower case (a CHECK enforces it), so lookups need no lower() and the unique index holds. */
  @Column({ type: 'varchar', length: 320, unique: true })
  email!: string;

  @Column('text')
  name!: string;

  /** argon2id; null until the user sets a password. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash!: string | null;

  @Column({ type: 'varchar', length: 20 })
  role!: UserRole;

  /** Required for agency officers (a CHECK enforces it): it scopes everything they can see. */
  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  @ManyToOne(() => AgencyEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'agency_id' })
  agency?: AgencyEntity | null;

  /** The province a staff account serves; null: every province. An officer's is its agency's (a CHECK). */
  @Column({ type: 'varchar', length: 100, nullable: true })
  province!: string | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** When the password last changed: tokens and sessions issued before then are refused. */
  @Column({ name: 'credentials_changed_at', type: 'timestamptz', nullable: true })
  credentialsChangedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
