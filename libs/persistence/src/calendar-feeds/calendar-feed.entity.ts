import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const CALENDAR_FEED_SCOPES = ['agency', 'plan'] as const;
export type CalendarFeedScope = (typeof CALENDAR_FEED_SCOPES)[number];

/**
 * A private calendar (ICS) feed of an agency's or a plan's open deadlines. Its token is derived from the server's
 * secret and `generation`, so nothing here opens the feed: regenerating bumps the generation, revoking marks it.
 */
@Entity({ name: 'calendar_feeds' })
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 20 })
  scope!: CalendarFeedScope;

  @Column({ name: 'agency_id', type: 'uuid', nullable: true })
  agencyId!: string | null;

  @Column({ name: 'plan_id', type: 'uuid', nullable: true })
  planId!: string | null;

  @Column({ type: 'int', default: 1 })
  generation!: number;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}

/** The agency or plan whose deadlines the feed lists. */
export const feedSubjectOf = (feed: Pick<CalendarFeedEntity, 'scope' | 'agencyId' | 'planId'>): string =>
  (feed.scope === 'agency' ? feed.agencyId : feed.planId) ?? '';
