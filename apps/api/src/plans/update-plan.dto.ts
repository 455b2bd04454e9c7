import { PartialType } from '@nestjs/swagger';
import { CreatePlanDto } from './create-plan.dto';

/** Only the fields present change; `null` clears an optional one. The status follows the plan's workflow. */
export class UpdatePlanDto extends PartialType(CreatePlanDto, { skipNullProperties: false }) {}
