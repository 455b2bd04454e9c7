import { ApiProperty } from '@nestjs/swagger';
import { type Schedule } from '@dondoc/domain';
import { TASK_KINDS, type TaskEntity, type TaskKind } from '@dondoc/persistence';
import { PageOf } from '../http/pagination';
import { TaskAgencyResponse } from './task-agency.response';

export class TaskResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  planId!: string;

  @ApiProperty({ example: 'III.4.2.a' })
  code!: string;

  @ApiProperty({
    enum: TASK_KINDS,
    description: 'report: one of the plan’s own reporting obligations (BC.n), tracked like any task',
  })
  kind!: TaskKind;

  @ApiProperty({ type: String, format: 'uuid', nullable: true })
  parentId!: string | null;

  @ApiProperty()
  position!: number;

  @ApiProperty()
  title!: string;

  @ApiProperty({ type: String, nullable: true })
  content!: string | null;

  @ApiProperty({ type: [String] })
  leadNames!: string[];

  @ApiProperty({ type: [String] })
  coordinatingNames!: string[];

  @ApiProperty({ type: String, nullable: true })
  timeframe!: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: 'The time frame as interpreted (`Schedule` in libs/domain)',
  })
  schedule!: Schedule | null;

  @ApiProperty({ type: String, nullable: true })
  form!: string | null;

  @ApiProperty({ type: String, nullable: true })
  product!: string | null;

  @ApiProperty({ type: [TaskAgencyResponse], description: 'The agencies the names resolved to, lead first' })
  agencies!: TaskAgencyResponse[];

  @ApiProperty()
  updatedAt!: string;

  static from(this: void, task: TaskEntity, agencies: TaskAgencyResponse[]): TaskResponse {
    return {
      id: task.id,
      planId: task.planId,
      code: task.code,
      kind: task.kind,
      parentId: task.parentId,
      position: task.position,
      title: task.title,
      content: task.content,
      leadNames: task.leadNames,
      coordinatingNames: task.coordinatingNames,
      timeframe: task.timeframe,
      schedule: task.schedule,
      form: task.form,
      product: task.product,
      agencies,
      updatedAt: task.updatedAt.toISOString(),
    };
  }
}

export class TaskPage extends PageOf(TaskResponse) {}
