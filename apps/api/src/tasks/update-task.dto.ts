import { PartialType } from '@nestjs/swagger';
import { CreateTaskDto } from './create-task.dto';

/** Only the fields present change; a new time frame is interpreted again. */
export class UpdateTaskDto extends PartialType(CreateTaskDto, { skipNullProperties: false }) {}
