import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { type Actor, CurrentActor, MANAGERS, Roles, provinceFilterOf } from '@dondoc/auth';
import { AuditEventRepository } from '@dondoc/persistence';
import { mapPage } from '../http/pagination';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { invalidField } from '../http/problems';
import { AuditEventPage, AuditEventResponse } from './audit-event.response';
import { ListAuditEventsQuery } from './list-audit-events.query';

@ApiTags('audit')
@ApiProtected()
@Controller('audit-events')
export class AuditEventsController {
  constructor(private readonly events: AuditEventRepository) {}

  @Get()
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: AuditEventPage, description: 'Who changed what, newest first' })
  @ApiBadRequestResponse({ type: ProblemResponse })
  async list(@CurrentActor() actor: Actor, @Query() query: ListAuditEventsQuery): Promise<AuditEventPage> {
    const from = query.from ? new Date(query.from) : undefined;
    const to = query.to ? new Date(query.to) : undefined;
    if (from && to && from >= to) throw invalidField('to', 'must be after from');
    const province = provinceFilterOf(actor);
    return mapPage(await this.events.list({ ...query, from, to, province }), AuditEventResponse.from);
  }
}
