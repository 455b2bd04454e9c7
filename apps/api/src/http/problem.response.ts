import { applyDecorators } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';

class FieldProblemResponse {
  @ApiProperty({ example: 'standingOfficeEmail' })
  field!: string;

  @ApiProperty({ example: 'standingOfficeEmail must be an email' })
  message!: string;
}

/** RFC 9457 application/problem+json, the body of every error. */
export class ProblemResponse {
  @ApiProperty({ example: 'about:blank' })
  type!: string;

  @ApiProperty({ example: 'Bad Request' })
  title!: string;

  @ApiProperty({ example: 400 })
  status!: number;

  @ApiPropertyOptional()
  detail?: string;

  @ApiPropertyOptional({ example: '/plans' })
  instance?: string;

  @ApiPropertyOptional({ example: 'AwaitingReview', description: 'Why a workflow refused, when one did' })
  code?: string;

  @ApiPropertyOptional({ type: [FieldProblemResponse], description: 'The offending fields, when there are any' })
  errors?: FieldProblemResponse[];
}

/** A controller (or route) behind the bearer token and its roles. */
export const ApiProtected = (): ClassDecorator & MethodDecorator =>
  applyDecorators(
    ApiBearerAuth(),
    ApiUnauthorizedResponse({ type: ProblemResponse, description: 'No valid bearer token' }),
    ApiForbiddenResponse({ type: ProblemResponse, description: 'The caller’s role may not do this' }),
  );
