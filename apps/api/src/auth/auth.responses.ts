import { ApiProperty } from '@nestjs/swagger';
import { type Actor } from '@dondoc/auth';
import { USER_ROLES, type UserRole } from '@dondoc/persistence';

export class AccessTokenResponse {
  @ApiProperty({ description: 'HS256 JWT, valid for 8 hours; send it as `Authorization: Bearer <token>`' })
  accessToken!: string;
}

export class ActorResponse {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'Null for a personal link' })
  userId!: string | null;

  @ApiProperty()
  email!: string;

  @ApiProperty({ enum: USER_ROLES })
  role!: UserRole;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  agencyId!: string | null;

  static from(this: void, actor: Actor): ActorResponse {
    return { userId: actor.userId, email: actor.email, role: actor.role, agencyId: actor.agencyId };
  }
}
