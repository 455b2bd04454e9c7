import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { DirectoryEntryDto } from '../agencies/directory-entry.dto';
import { nfcTrimmed } from '../http/text.transforms';
import { IsOmittable } from '../http/is-omittable';

export class CreateAgencyGroupDto extends DirectoryEntryDto {
  @ApiPropertyOptional({ type: [String], example: ['các sở, ban, ngành tỉnh', 'các cơ quan, đơn vị cấp tỉnh'] })
  @Transform(nfcTrimmed)
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(300, { each: true })
  phrases?: string[];

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'The member agencies; replaces the set' })
  @IsOmittable()
  @IsArray()
  @ArrayMaxSize(2000)
  @IsUUID('all', { each: true })
  memberIds?: string[];
}
