import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** `rejected`: the relay refused every recipient; a retry would be refused too, so none is made. */
export const NOTIFICATION_STATUSES = ['pending', 'sending', 'sent', 'failed', 'rejected'] as const;
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number];

/** The outbox: every email is a row first, so a retry or replay finds it instead of sending it again. */
@Entity({ name: 'notifications' })
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 300, unique: true })
  idempotencyKey!: string;

  @Column({ type: 'varchar', length: 60 })
  kind!: string;

  @Column({ type: 'text', array: true })
  recipients!: string[];

  @Column('text')
  subject!: string;

  @Column({ name: 'text_body', type: 'text' })
  textBody!: string;

  @Column({ name: 'html_body', type: 'text', nullable: true })
  htmlBody!: string | null;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status!: NotificationStatus;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  /** Recipients the relay refused (a mailbox that does not exist, a malformed address). */
  @Column({ name: 'rejected_recipients', type: 'text', array: true, default: () => "'{}'" })
  rejectedRecipients!: string[];

  @Column({ name: 'smtp_message_id', type: 'varchar', length: 998, nullable: true })
  smtpMessageId!: string | null;

  /** While `sending`: until when the attempt that claimed the row holds it. */
  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil!: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
