import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBadRequestResponse,
  ApiExcludeEndpoint,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { type Request, type Response } from 'express';
import { Public } from '@dondoc/auth';
import { ProblemResponse } from '../http/problem.response';
import { WebShell } from '../web/web-shell';
import { PersonalLinksService } from './personal-links.service';
import { RenewLinkDto, RenewLinkResponse } from './renew-link.dto';

const PROBLEM_STATUS = { invalid: HttpStatus.NOT_FOUND, expired: HttpStatus.GONE, revoked: HttpStatus.GONE } as const;

/** The personal links in emails: /r/<token> for an agency's assignment, /i/<token> for an inspector's inspection. */
@ApiTags('personal links')
@Controller()
export class PersonalLinksController {
  constructor(
    private readonly links: PersonalLinksService,
    private readonly shell: WebShell,
  ) {}

  @Public()
  @Get('r/:token')
  @ApiExcludeEndpoint()
  openAssignment(@Param('token') token: string, @Res() response: Response): Promise<void> {
    return this.open(token, 'assignment', response);
  }

  @Public()
  @Get('i/:token')
  @ApiExcludeEndpoint()
  openInspection(@Param('token') token: string, @Res() response: Response): Promise<void> {
    return this.open(token, 'inspection', response);
  }

  @Public()
  @Post('personal-links/renewals')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({
    type: RenewLinkResponse,
    description: 'Always the same answer; a fresh link goes only to directory addresses',
  })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'The email is malformed' })
  @ApiTooManyRequestsResponse({
    type: ProblemResponse,
    description: 'Too many requests from this caller or for this address (Retry-After)',
  })
  renew(@Body() dto: RenewLinkDto, @Req() request: Request): RenewLinkResponse {
    return this.links.renew(dto, request.ip ?? 'unknown');
  }

  private async open(token: string, purpose: 'assignment' | 'inspection', response: Response): Promise<void> {
    const opening = await this.links.open(token, purpose, response);
    response.setHeader('Referrer-Policy', 'no-referrer');
    response.setHeader('Cache-Control', 'no-store');
    if ('redirectTo' in opening) return response.redirect(HttpStatus.SEE_OTHER, opening.redirectTo);
    response.status(PROBLEM_STATUS[opening.problem]).type('html').send(this.shell.html(opening.problem));
  }
}
