import { ApiProperty } from '@nestjs/swagger';
import { AGENCY_KINDS, type AgencyEntity, type AgencyKind } from '@dondoc/persistence';
import { PageOf } from '../http/pagination';

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

  @ApiProperty({ type: [String] })
  focalEmails!: string[];

  @ApiProperty({ type: String, nullable: true })
  headEmail!: string | null;

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
}

export class AgencyPage extends PageOf(AgencyResponse) {}
