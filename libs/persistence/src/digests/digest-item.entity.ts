import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One overdue assignment waiting for (or carried by) the standing office's daily digest. */
@Entity({ name: 'digest_items' })
export class DigestItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** The standing office's addresses: items with the same ones go in one mail. */
  @Column({ type: 'text', array: true })
  recipients!: string[];

  @Column({ name: 'office_name', type: 'varchar', length: 300 })
  officeName!: string;

  @Column({ name: 'assignment_id', type: 'uuid' })
  assignmentId!: string;

  @Column({ name: 'deadline_version', type: 'int' })
  deadlineVersion!: number;

  @Column({ type: 'varchar', length: 60 })
  step!: string;

  /** The outbox key of the digest that carries it; null until a digest claims it. */
  @Column({ name: 'digest_key', type: 'varchar', length: 300, nullable: true })
  digestKey!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
