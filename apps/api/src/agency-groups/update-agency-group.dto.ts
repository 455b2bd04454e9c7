import { PartialType } from '@nestjs/swagger';
import { CreateAgencyGroupDto } from './create-agency-group.dto';

/** Only the fields present change; `memberIds`, when present, becomes the whole membership. */
export class UpdateAgencyGroupDto extends PartialType(CreateAgencyGroupDto, { skipNullProperties: false }) {}
