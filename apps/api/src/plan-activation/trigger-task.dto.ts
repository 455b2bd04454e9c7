import { ApiProperty } from '@nestjs/swagger';
import { IsIsoDate } from '../http/is-iso-date.validator';

export class TriggerTaskDto {
  @ApiProperty({ format: 'date', example: '2026-06-30', description: 'The deadline of the requested work' })
  @IsIsoDate()
  due!: string;
}
