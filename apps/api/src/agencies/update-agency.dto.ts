import { PartialType } from '@nestjs/swagger';
import { CreateAgencyDto } from './create-agency.dto';

/** Only the fields present change; `null` clears parentId or headEmail. */
export class UpdateAgencyDto extends PartialType(CreateAgencyDto, { skipNullProperties: false }) {}
