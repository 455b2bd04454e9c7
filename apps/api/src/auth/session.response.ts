import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '@dondoc/persistence';

/** Who the browser is signed in as, and the CSRF token its state-changing requests must carry. */
export class SessionResponse {
  @ApiProperty({ enum: ['user', 'link'], description: 'A logged-in account, or a personal link from an email' })
  kind!: 'user' | 'link';

  @ApiProperty({ enum: USER_ROLES })
  role!: UserRole;

  @ApiProperty({ description: 'The account’s email, or the address the personal link was sent to' })
  email!: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  userId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  agencyId!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Sở Tư pháp tỉnh Lai Châu' })
  agencyName!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Lai Châu',
    description: 'The province the caller acts in; null: every province of the deployment',
  })
  province!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The one assignment a link opens' })
  assignmentId!: string | null;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The one inspection a link opens' })
  inspectionId!: string | null;

  @ApiProperty({ description: 'Send it as the X-CSRF-Token header with every POST, PUT, PATCH and DELETE' })
  csrfToken!: string;
}
