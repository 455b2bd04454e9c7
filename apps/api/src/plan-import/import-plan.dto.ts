import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { nfcTrimmed } from '../http/text.transforms';
import { IsOmittable } from '../http/is-omittable';

/** The form fields beside the file; the file itself is read by the interceptor. */
export class ImportPlanDto {
  @ApiPropertyOptional({
    example: 'Lai Châu',
    description: 'Whose directory resolves the agency names; by default the province the text names (“tỉnh …”)',
  })
  @Transform(nfcTrimmed)
  @IsOmittable()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  province?: string;
}

/** The multipart body as OpenAPI shows it. */
export class ImportPlanForm extends ImportPlanDto {
  @ApiProperty({ type: 'string', format: 'binary', description: '.txt, .md, .docx or .pdf with a text layer; ≤ 20 MB' })
  file!: unknown;
}
