import { ApiProperty } from '@nestjs/swagger';
import { type AgencyEntity, type AgencyGroupEntity } from '@dondoc/persistence';
import { PageOf } from '../http/pagination';

export class AgencyGroupMemberResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'LCU-STP' })
  code!: string;

  @ApiProperty({ example: 'Sở Tư pháp tỉnh Lai Châu' })
  name!: string;

  static from(this: void, agency: AgencyEntity): AgencyGroupMemberResponse {
    return { id: agency.id, code: agency.code, name: agency.name };
  }
}

export class AgencyGroupResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'LCU-SO-BAN-NGANH' })
  code!: string;

  @ApiProperty({ example: 'Các sở, ban, ngành tỉnh' })
  name!: string;

  @ApiProperty({ example: 'Lai Châu' })
  province!: string;

  @ApiProperty({ type: [String] })
  phrases!: string[];

  @ApiProperty()
  updatedAt!: string;

  static from(this: void, group: AgencyGroupEntity): AgencyGroupResponse {
    return {
      id: group.id,
      code: group.code,
      name: group.name,
      province: group.province,
      phrases: group.phrases,
      updatedAt: group.updatedAt.toISOString(),
    };
  }
}

export class AgencyGroupDetailResponse extends AgencyGroupResponse {
  @ApiProperty({ type: [AgencyGroupMemberResponse] })
  members!: AgencyGroupMemberResponse[];

  static withMembers(group: AgencyGroupEntity, members: AgencyEntity[]): AgencyGroupDetailResponse {
    return { ...AgencyGroupResponse.from(group), members: members.map(AgencyGroupMemberResponse.from) };
  }
}

export class AgencyGroupPage extends PageOf(AgencyGroupResponse) {}
