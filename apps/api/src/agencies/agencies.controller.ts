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
import { AgenciesService } from './agencies.service';
import { AgencyPage, AgencyResponse } from './agency.response';
import { CreateAgencyDto } from './create-agency.dto';
import { ListAgenciesQuery } from './list-agencies.query';
import { UpdateAgencyDto } from './update-agency.dto';

@ApiTags('agencies')
@ApiProtected()
@Controller('agencies')
export class AgenciesController {
  constructor(private readonly agencies: AgenciesService) {}

  @Get()
  @ApiOkResponse({ type: AgencyPage })
  list(@CurrentActor() actor: Actor, @Query() query: ListAgenciesQuery): Promise<AgencyPage> {
    return this.agencies.list(actor, query);
  }

  @Get(':id')
  @ApiOkResponse({ type: AgencyResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  get(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<AgencyResponse> {
    return this.agencies.get(actor, id);
  }

  @Post()
  @Roles(...MANAGERS)
  @ApiCreatedResponse({ type: AgencyResponse })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'A field is missing or invalid; the problem names it' })
  @ApiConflictResponse({ type: ProblemResponse, description: 'An agency with this code exists' })
  create(@CurrentActor() actor: Actor, @Body() dto: CreateAgencyDto): Promise<AgencyResponse> {
    return this.agencies.create(actor, dto);
  }

  @Patch(':id')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: AgencyResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'Another agency has this code' })
  update(
    @CurrentActor() actor: Actor,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateAgencyDto,
  ): Promise<AgencyResponse> {
    return this.agencies.update(actor, id, dto);
  }

  @Delete(':id')
  @Roles(...MANAGERS)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'Still referenced: deactivate it instead' })
  remove(@CurrentActor() actor: Actor, @Param('id', ParseUUIDPipe) id: string): Promise<void> {
    return this.agencies.remove(actor, id);
  }
}
