import { ApiProperty } from '@nestjs/swagger';
import { IsISO8601, Length } from 'class-validator';

export class TriggerTaskDto {
  @ApiProperty({ format: 'date', example: '2026-06-30', description: 'The deadline of the requested work' })
  @IsISO8601({ strict: true })
  @Length(10, 10, { message: 'due must be a date (YYYY-MM-DD)' })
  due!: string;
}
