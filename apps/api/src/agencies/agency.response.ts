import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Actor, MANAGERS } from '@dondoc/auth';
import { AGENCY_KINDS, type AgencyEntity, type AgencyKind } from '@dondoc/persistence';
import { PageOf } from '../http/pagination';

const CONTACTS_FOR_MANAGERS = 'Shown to admins and coordinators only; left out for every other role';

export class AgencyResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'LCU-STP' })
  code!: string;

  @ApiProperty({ example: 'Sở Tư pháp tỉnh Lai Châu' })
  name!: string;

  @ApiProperty({ example: 'Lai Châu' })
  province!: string;

  @ApiProperty({ enum: AGENCY_KINDS })
  kind!: AgencyKind;

  @ApiProperty({ type: [String] })
  shortNames!: string[];

  @ApiProperty({ type: [String] })
  aliases!: string[];

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  parentId!: string | null;

  @ApiPropertyOptional({ type: [String], description: CONTACTS_FOR_MANAGERS })
  focalEmails?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, description: CONTACTS_FOR_MANAGERS })
  headEmail?: string | null;

  @ApiProperty()
  active!: boolean;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The agency this one was merged into (POST /agencies/{id}/merge-into); it is then inactive',
  })
  mergedIntoId!: string | null;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty()
  updatedAt!: string;

  static from(this: void, agency: AgencyEntity): AgencyResponse {
    return {
      id: agency.id,
      code: agency.code,
      name: agency.name,
      province: agency.province,
      kind: agency.kind,
      shortNames: agency.shortNames,
      aliases: agency.aliases,
      parentId: agency.parentId,
      focalEmails: agency.focalEmails,
      headEmail: agency.headEmail,
      active: agency.active,
      mergedIntoId: agency.mergedIntoId,
      createdAt: agency.createdAt.toISOString(),
      updatedAt: agency.updatedAt.toISOString(),
    };
  }

  /** The agency as `actor` may see it: contact emails are personal data, for those who manage the directory. */
  static for(this: void, actor: Actor): (agency: AgencyEntity) => AgencyResponse {
    if (MANAGERS.includes(actor.role)) return AgencyResponse.from;
    return (agency) => {
      const seen = AgencyResponse.from(agency);
      delete seen.focalEmails;
      delete seen.headEmail;
      return seen;
    };
  }
}

export class AgencyPage extends PageOf(AgencyResponse) {}
