import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { type Actor, CurrentActor, MANAGERS, Roles } from '@dondoc/auth';
import { ApiProtected, ProblemResponse } from '../http/problem.response';
import { AgencyGroupDetailResponse, AgencyGroupPage } from './agency-group.response';
import { AgencyGroupsService } from './agency-groups.service';
import { CreateAgencyGroupDto } from './create-agency-group.dto';
import { ListAgencyGroupsQuery } from './list-agency-groups.query';
import { UpdateAgencyGroupDto } from './update-agency-group.dto';

@ApiTags('agency groups')
@ApiProtected()
@Controller('agency-groups')
export class AgencyGroupsController {
  constructor(private readonly groups: AgencyGroupsService) {}

  @Get()
  @ApiOkResponse({ type: AgencyGroupPage })
  list(@CurrentActor() actor: Actor, @Query() query: ListAgencyGroupsQuery): Promise<AgencyGroupPage> {
    return this.groups.list(actor, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: AgencyGroupDetailResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<AgencyGroupDetailResponse> {
    return this.groups.get(actor, id);
  }

  @Post()
  @Roles(...MANAGERS)
  @ApiCreatedResponse({ type: AgencyGroupDetailResponse })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'A field is invalid, or a member agency is unknown' })
  @ApiConflictResponse({ type: ProblemResponse, description: 'A group with this code exists' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAgencyGroupDto): Promise<AgencyGroupDetailResponse> {
    return this.groups.create(actor, dto);
  }

  @Patch(':id')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: AgencyGroupDetailResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'Another group has this code' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateAgencyGroupDto,
  ): Promise<AgencyGroupDetailResponse> {
    return this.groups.update(actor, id, dto);
  }

  @Delete(':id')
  @Roles(...MANAGERS)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemResponse })
  remove(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.groups.remove(actor, id);
  }
}
