import { ApiProperty } from '@nestjs/swagger';
import { type AuditEventEntity } from '@dondoc/persistence';
import { PageOf } from '../http/pagination';

/** Whatever the change recorded: an object mostly, a list for a bulk change, null when there was nothing. */
const ANY_JSON = {
  nullable: true,
  oneOf: [
    { type: 'object', additionalProperties: true },
    { type: 'array', items: {} },
  ],
};

export class AuditEventResponse {
  @ApiProperty({ description: 'Increasing: later events have larger ids' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  at!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for the system' })
  actorId!: string | null;

  @ApiProperty({ type: String, nullable: true })
  actorEmail!: string | null;

  @ApiProperty({ example: 'assignment.extend' })
  action!: string;

  @ApiProperty({ example: 'assignment' })
  entityType!: string;

  @ApiProperty({ type: String, nullable: true })
  entityId!: string | null;

  @ApiProperty({ ...ANY_JSON, description: 'The entity before the change' })
  before!: unknown;

  @ApiProperty({ ...ANY_JSON, description: 'The entity after the change' })
  after!: unknown;

  @ApiProperty({ type: String, nullable: true })
  requestId!: string | null;

  static from(this: void, event: AuditEventEntity): AuditEventResponse {
    return {
      id: event.id,
      at: event.at.toISOString(),
      actorId: event.actorId,
      actorEmail: event.actorEmail,
      action: event.action,
      entityType: event.entityType,
      entityId: event.entityId,
      before: event.before,
      after: event.after,
      requestId: event.requestId,
    };
  }
}

export class AuditEventPage extends PageOf(AuditEventResponse) {}
