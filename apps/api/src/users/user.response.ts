import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, type UserEntity, type UserRole } from '@dondoc/persistence';
import { PageOf } from '../http/pagination';

/** Never carries the password hash: only whether one is set. */
export class UserResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  email!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: USER_ROLES })
  role!: UserRole;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  agencyId!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The province a staff account serves; null: every province (an officer acts in its agency’s)',
  })
  province!: string | null;

  @ApiProperty()
  active!: boolean;

  @ApiProperty({ description: 'Whether the user can log in with a password' })
  hasPassword!: boolean;

  @ApiProperty()
  createdAt!: string;

  @ApiProperty()
  updatedAt!: string;

  static from(this: void, user: UserEntity): UserResponse {
    return {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      agencyId: user.agencyId,
      province: user.province,
      active: user.active,
      hasPassword: user.passwordHash !== null,
      createdAt: user.createdAt.toISOString(),
      updatedAt: user.updatedAt.toISOString(),
    };
  }
}

export class UserPage extends PageOf(UserResponse) {}
