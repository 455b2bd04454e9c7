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
  Put,
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
import { CreateTaskDto } from './create-task.dto';
import { ListTasksQuery } from './list-tasks.query';
import { SetTaskAgenciesDto } from './set-task-agencies.dto';
import { TaskPage, TaskResponse } from './task.response';
import { TasksService } from './tasks.service';
import { UpdateTaskDto } from './update-task.dto';

@ApiTags('tasks')
@ApiProtected()
@ApiNotFoundResponse({ type: ProblemResponse, description: 'No such plan, or no such task in it' })
@Controller('plans/:planId/tasks')
export class TasksController {
  constructor(private readonly tasks: TasksService) {}

  @Get()
  @ApiOkResponse({ type: TaskPage })
  list(
    @CurrentActor() actor: Actor,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Query() query: ListTasksQuery,
  ): Promise<TaskPage> {
    return this.tasks.list(actor, planId, query);
  }

  @Post()
  @Roles(...MANAGERS)
  @ApiCreatedResponse({ type: TaskResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'The plan already has a task with this code' })
  create(
    @CurrentActor() actor: Actor,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Body() dto: CreateTaskDto,
  ): Promise<TaskResponse> {
    return this.tasks.create(actor, planId, dto);
  }

  @Get(':taskId')
  @ApiOkResponse({ type: TaskResponse })
  get(
    @CurrentActor() actor: Actor,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
  ): Promise<TaskResponse> {
    return this.tasks.get(actor, planId, taskId);
  }

  @Patch(':taskId')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: TaskResponse })
  @ApiBadRequestResponse({ type: ProblemResponse })
  @ApiConflictResponse({ type: ProblemResponse, description: 'The plan already has a task with this code' })
  update(
    @CurrentActor() actor: Actor,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() dto: UpdateTaskDto,
  ): Promise<TaskResponse> {
    return this.tasks.update(actor, planId, taskId, dto);
  }

  @Put(':taskId/agencies')
  @Roles(...MANAGERS)
  @ApiOkResponse({ type: TaskResponse, description: 'The task with its new agencies' })
  @ApiBadRequestResponse({ type: ProblemResponse, description: 'A bad role or id, or an agency listed twice' })
  @ApiNotFoundResponse({ type: ProblemResponse, description: 'No such plan or task, or no such agency (named)' })
  setAgencies(
    @CurrentActor() actor: Actor,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
    @Body() dto: SetTaskAgenciesDto,
  ): Promise<TaskResponse> {
    return this.tasks.setAgencies(actor, planId, taskId, dto);
  }

  @Delete(':taskId')
  @Roles(...MANAGERS)
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiConflictResponse({ type: ProblemResponse, description: 'The task has assignments' })
  remove(
    @CurrentActor() actor: Actor,
    @Param('planId', ParseUUIDPipe) planId: string,
    @Param('taskId', ParseUUIDPipe) taskId: string,
  ): Promise<void> {
    return this.tasks.remove(actor, planId, taskId);
  }
}
