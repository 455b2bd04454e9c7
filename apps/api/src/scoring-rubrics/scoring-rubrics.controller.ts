import { Body, Controller, Get, Param, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, CurrentActor, MANAGERS, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { MAX_VERSION, ParseVersionPipe } from './parse-version.pipe';
import { PutScoringRubricDto } from './put-scoring-rubric.dto';
import { ScoringRubricVersionResponse, ScoringRubricsResponse } from './scoring-rubric.response';
import { ScoringRubricsService } from './scoring-rubrics.service';

@ApiTags('scoring-rubrics')
@ApiProtected()
@Controller('scoring-rubrics')
export class ScoringRubricsController {
  constructor(private readonly rubrics: ScoringRubricsService) {}

  @Get()
  @ApiOkResponse({ type: ScoringRubricsResponse, description: 'The rubric in force and every version' })
  list(@CurrentActor() actor: Actor): Promise<ScoringRubricsResponse> {
    return this.rubrics.list(actor);
  }

  @Get(':version')
  @ApiParam({ name: 'version', schema: { type: 'integer', minimum: 1, maximum: MAX_VERSION, example: 1 } })
  @ApiOkResponse({ type: ScoringRubricVersionResponse, description: 'One version, as it was stored' })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'Not a version number' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such version' })
  get(
    @CurrentActor() actor: Actor,
    @Param('version', ParseVersionPipe) version: number,
  ): Promise<ScoringRubricVersionResponse> {
    return this.rubrics.get(actor, version);
  }

  @Put()
  @Roles(...MANAGERS)
  @ApiOperation({
    description:
      'Stores the rules sent as a new version, which rankings use from now on unless asked for another. No ' +
      'version is ever changed, so a ranking made with an older one can be made again.',
  })
  @ApiOkResponse({ type: ScoringRubricVersionResponse, description: 'The new version' })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'A rule is invalid; no version is made' })
  put(@CurrentActor() actor: Actor, @Body() dto: PutScoringRubricDto): Promise<ScoringRubricVersionResponse> {
    return this.rubrics.put(actor, dto);
  }
}
