import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Post, Req, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { type Actor, AllowPersonalLink, type AuthenticatedRequest, CurrentActor, Public } from '@dondoc/auth';
import { AccessTokenResponse, ActorResponse } from './auth.responses';
import { AuthService } from './auth.service';
import { LoginDto } from './login.dto';
import { ChangePasswordDto } from './passwords.dto';
import { SessionResponse } from './session.response';
import { SessionsService } from './sessions.service';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AccessTokenResponse })
  @ApiBadRequestResponse({ description: 'email or password missing or malformed' })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password, or an inactive account' })
  @ApiTooManyRequestsResponse({
    description: 'Too many failed attempts from this caller or for this account (Retry-After)',
  })
  login(@Body() dto: LoginDto, @Req() request: Request): Promise<AccessTokenResponse> {
    return this.auth.login(dto, request.ip ?? 'unknown');
  }

  @Get('auth/me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ActorResponse, description: 'Who the bearer token belongs to' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  me(@CurrentActor() actor: Actor): ActorResponse {
    return ActorResponse.from(actor);
  }

  @Public()
  @Post('auth/session')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: SessionResponse, description: 'Logged in: the session cookie is set (httpOnly)' })
  @ApiBadRequestResponse({ description: 'email or password missing or malformed' })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password, or an inactive account' })
  @ApiTooManyRequestsResponse({
    description: 'Too many failed attempts from this caller or for this account (Retry-After)',
  })
  async startSession(
    @Body() dto: LoginDto,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SessionResponse> {
    return this.sessions.startUserSession(response, await this.auth.authenticate(dto, request.ip ?? 'unknown'));
  }

  @Public()
  @Delete('auth/session')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({ description: 'Logged out: the session and personal-link cookies are cleared' })
  endSession(@Res({ passthrough: true }) response: Response): void {
    this.sessions.end(response);
  }

  @Post('auth/password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse({
    description:
      'Changed: every token and session issued before is refused; a browser session gets a fresh cookie and carries on',
  })
  @ApiBadRequestResponse({ description: 'currentPassword wrong, or newPassword too short or unchanged' })
  @ApiUnauthorizedResponse({ description: 'No valid session or bearer token' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong current passwords (Retry-After)' })
  async changePassword(
    @CurrentActor() actor: Actor,
    @Body() dto: ChangePasswordDto,
    @Req() request: AuthenticatedRequest,
    @Res({ passthrough: true }) response: Response,
  ): Promise<void> {
    const account = await this.auth.changePassword(actor, dto, request.ip ?? 'unknown');
    // Issued after the change, so the browser that made it stays signed in.
    if (request.csrfToken) await this.sessions.startUserSession(response, account);
  }

  @Get('session')
  @AllowPersonalLink()
  @ApiOkResponse({ type: SessionResponse, description: 'The browser’s session, from its cookie' })
  @ApiUnauthorizedResponse({ description: 'No session' })
  session(@CurrentActor() actor: Actor, @Req() request: AuthenticatedRequest): Promise<SessionResponse> {
    return this.sessions.describe(actor, request.csrfToken ?? '');
  }
}
