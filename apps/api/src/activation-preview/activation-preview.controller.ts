import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { MANAGERS, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { ActivationPreviewQuery } from './activation-preview.query';
import { ActivationPreviewResponse } from './activation-preview.response';
import { ActivationPreviewService } from './activation-preview.service';
import { DraftReviewResponse } from './draft-review.response';
import { DraftReviewService } from './draft-review.service';

@ApiTags('plans')
@ApiProtected()
@ApiNotFoundResponse({ type: ProblemResponse, description: 'No such plan' })
@Controller('plans/:id')
export class ActivationPreviewController {
  constructor(
    private readonly previews: ActivationPreviewService,
    private readonly reviews: DraftReviewService,
  ) {}

  @Get('activation-preview')
  @Roles(...MANAGERS)
  @ApiOperation({ summary: 'What activating today would open, skip and email, with this late-period choice' })
  @ApiOkResponse({ type: ActivationPreviewResponse, description: 'Nothing is written' })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'latePeriods open-now without a lateDue from today on' })
  @ApiConflictResponse({ type: ProblemResponse, description: 'The plan is not a draft' })
  preview(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ActivationPreviewQuery,
  ): Promise<ActivationPreviewResponse> {
    return this.previews.preview(id, query);
  }

  @Get('draft-review')
  @ApiOperation({ summary: 'Per task: its schedule’s first periods and the names still to settle' })
  @ApiOkResponse({ type: DraftReviewResponse })
  review(@Param('id', ParseUUIDPipe) id: string): Promise<DraftReviewResponse> {
    return this.reviews.review(id);
  }
}
