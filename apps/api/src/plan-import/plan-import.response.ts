import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  type PlanImportJobEntity,
  type PlanImportJobStatus,
  type PlanSourceDocument,
  type PlanWarning,
  type TaskEntity,
} from '@dondoc/persistence';
import { PlanResponse } from '../plans/plan.response';
import { TaskAgencyResponse } from '../tasks/task-agency.response';
import { TaskResponse } from '../tasks/task.response';
import { type UnresolvedAgency } from './draft-resolution';

export class ImportedTaskResponse extends TaskResponse {
  @ApiProperty({ type: [TaskAgencyResponse], description: 'What the names resolved to, groups expanded' })
  declare agencies: TaskAgencyResponse[];

  static withAgencies(task: TaskEntity, agencies: TaskAgencyResponse[]): ImportedTaskResponse {
    return TaskResponse.from(task, agencies);
  }
}

export class PlanWarningResponse {
  @ApiProperty({ example: 'agency-unresolved' })
  code!: string;

  @ApiProperty({ description: 'In Vietnamese, for the coordinator' })
  message!: string;

  @ApiPropertyOptional({ example: 'III.4.2.a', description: 'The task code, `standingOffice`, or the table row' })
  where?: string;

  @ApiPropertyOptional({
    example: 'trước ngày 30/6/2026',
    description: 'What the warning proposes, as written: the time frame a task’s sentences name (`timeframe-in-prose`)',
  })
  value?: string;
}

class SuggestionResponse {
  @ApiProperty({ enum: ['agency', 'group'] })
  type!: 'agency' | 'group';

  @ApiProperty({ example: 'LCU-SGDDT' })
  code!: string;

  @ApiProperty({ example: 'Sở Giáo dục và Đào tạo tỉnh Lai Châu' })
  name!: string;
}

export class UnresolvedAgencyResponse {
  @ApiProperty({ example: 'Sở Giáo dục và Đào tạp', description: 'As written' })
  name!: string;

  @ApiProperty({ example: 'III.4.2.a', description: 'The task code, or `standingOffice`' })
  where!: string;

  @ApiProperty({ enum: ['lead', 'coordinating', 'standingOffice'] })
  role!: UnresolvedAgency['role'];

  @ApiProperty({ type: [SuggestionResponse], description: 'The closest directory entries, closest first (at most 3)' })
  suggestions!: SuggestionResponse[];
}

export class SourceDocumentResponse {
  @ApiProperty({ example: 'ke-hoach-chuyen-doi-so.pdf' })
  filename!: string;

  @ApiProperty({ example: 'application/pdf' })
  mediaType!: string;

  @ApiProperty({ example: 183204 })
  size!: number;

  @ApiProperty({ example: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' })
  sha256!: string;

  static from(this: void, document: PlanSourceDocument): SourceDocumentResponse {
    return { ...document };
  }
}

export class PlanImportResponse {
  @ApiProperty({ type: PlanResponse, description: 'The draft, whose intake workflow has started' })
  plan!: PlanResponse;

  @ApiProperty({ type: String, nullable: true, example: 'Lai Châu', description: 'Whose directory resolved the names' })
  province!: string | null;

  @ApiProperty({ type: SourceDocumentResponse })
  sourceDocument!: SourceDocumentResponse;

  @ApiProperty({ type: [ImportedTaskResponse] })
  tasks!: ImportedTaskResponse[];

  @ApiProperty({ type: [PlanWarningResponse], description: 'Stored with the plan for review' })
  warnings!: PlanWarning[];

  @ApiProperty({
    type: [UnresolvedAgencyResponse],
    description: 'Names kept as written, for the coordinator to settle',
  })
  unresolvedAgencies!: UnresolvedAgencyResponse[];
}

class ImportJobProblemResponse {
  @ApiProperty({ example: 422 })
  status!: number;

  @ApiProperty({ example: 'corrupt-file', description: 'As `errors[0].code` of the upload’s own refusals' })
  code!: string;

  @ApiProperty()
  message!: string;
}

export class PlanImportJobResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ enum: ['reading', 'done', 'failed'] })
  status!: PlanImportJobStatus;

  @ApiProperty({ example: 'ke-hoach-ban-quet.pdf' })
  filename!: string;

  @ApiProperty({ example: 3, description: 'Pages read so far' })
  pagesDone!: number;

  @ApiProperty({ type: Number, nullable: true, example: 12, description: 'Null until the pages are counted' })
  pagesTotal!: number | null;

  @ApiProperty({ type: PlanImportResponse, nullable: true, description: 'Once done: what the upload would have given' })
  result!: PlanImportResponse | null;

  @ApiProperty({ type: ImportJobProblemResponse, nullable: true, description: 'Once failed: why' })
  problem!: ImportJobProblemResponse | null;

  @ApiProperty()
  createdAt!: Date;

  static from(this: void, job: PlanImportJobEntity): PlanImportJobResponse {
    const outcome = job.outcome ?? {};
    const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
    return {
      id: job.id,
      status: job.status,
      filename: job.filename,
      pagesDone: job.pagesDone,
      pagesTotal: job.pagesTotal,
      result: job.status === 'done' ? (outcome as unknown as PlanImportResponse) : null,
      problem:
        job.status === 'failed'
          ? {
              status: Number(outcome.status ?? 422),
              code: text(outcome.code, 'unreadable'),
              message: text(outcome.message, 'the scan could not be read'),
            }
          : null,
      createdAt: job.createdAt,
    };
  }
}
