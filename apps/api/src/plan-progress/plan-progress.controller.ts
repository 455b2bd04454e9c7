import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { PlanProgressResponse } from './plan-progress.response';
import { PlanProgressService } from './plan-progress.service';

@ApiTags('plans')
@ApiProtected()
@Controller('plans/:id/progress')
export class PlanProgressController {
  constructor(private readonly progress: PlanProgressService) {}

  @Get()
  @ApiOkResponse({ type: PlanProgressResponse, description: 'An agency officer gets only their agency’s part' })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<PlanProgressResponse> {
    return this.progress.get(actor, id);
  }
}
