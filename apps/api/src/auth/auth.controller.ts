import { Body, Controller, Get, HttpCode, HttpStatus, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBearerAuth, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { type Actor, CurrentActor, Public } from '@dondoc/auth';
import { AccessTokenResponse, ActorResponse } from './auth.responses';
import { AuthService } from './auth.service';
import { LoginDto } from './login.dto';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AccessTokenResponse })
  @ApiBadRequestResponse({ description: 'email or password missing or malformed' })
  @ApiUnauthorizedResponse({ description: 'Wrong email or password, or an inactive account' })
  login(@Body() dto: LoginDto): Promise<AccessTokenResponse> {
    return this.auth.login(dto);
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ActorResponse, description: 'Who the bearer token belongs to' })
  @ApiUnauthorizedResponse({ description: 'No valid bearer token' })
  me(@CurrentActor() actor: Actor): ActorResponse {
    return ActorResponse.from(actor);
  }
}
