import { ApiExtraModels, ApiProperty, getSchemaPath } from '@nestjs/swagger';
import {
  ASSIGNMENT_ROLES,
  ASSIGNMENT_STATUSES,
  type AssignmentRole,
  type AssignmentStatus,
  REVIEW_OUTCOMES,
  type ReviewOutcome,
} from '@dondoc/persistence';

export class AttachmentLink {
  @ApiProperty({ example: 'Báo cáo kết quả.pdf' }) filename!: string;
  @ApiProperty({ example: 'application/pdf' }) mediaType!: string;
  @ApiProperty({ example: 182044 }) size!: number;
  @ApiProperty({ example: '/api/assignments/…/attachments/3f0c…', description: 'Downloads the file' }) url!: string;
}

/** A file of an agency's report: its link, and the content hash the link is keyed on. */
export class SubmittedAttachment extends AttachmentLink {
  @ApiProperty({ example: '3f0c5d9a7e…', description: 'SHA-256 of the content, in hex' }) sha256!: string;
}

class ReportAssignment {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status!: AssignmentStatus;
  @ApiProperty({ enum: ASSIGNMENT_ROLES }) role!: AssignmentRole;
  @ApiProperty({ example: '2026' }) period!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) due!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Days to the deadline in Hà Nội; negative when overdue' })
  daysLeft!: number | null;
  @ApiProperty() deadlineVersion!: number;
  @ApiProperty({ description: 'Whether this caller may send a report now' }) canSubmit!: boolean;
}

class PlanSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: '125/KH-UBND' }) number!: string | null;
  @ApiProperty() title!: string;
}

class TaskSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2.1' }) code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ type: String, nullable: true }) content!: string | null;
}

class AgencyName {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Sở Tư pháp' }) name!: string;
}

export class SubmissionHistoryEntry {
  @ApiProperty({ enum: ['submission'] }) kind!: 'submission';
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ type: String, nullable: true }) reportText!: string | null;
  @ApiProperty({ type: [SubmittedAttachment] }) attachments!: SubmittedAttachment[];
}

export class ReviewHistoryEntry {
  @ApiProperty({ enum: ['review'] }) kind!: 'review';
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ example: 1, description: 'The version of the report reviewed' }) version!: number;
  @ApiProperty({ enum: REVIEW_OUTCOMES }) outcome!: ReviewOutcome;
  @ApiProperty({ type: String, nullable: true }) comment!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The new deadline of a returned report' })
  newDue!: string | null;
}

export class ExtensionHistoryEntry {
  @ApiProperty({ enum: ['extension'] }) kind!: 'extension';
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ format: 'date' }) newDue!: string;
}

export class RefusedAddressHistoryEntry {
  @ApiProperty({ enum: ['refused-address'] }) kind!: 'refused-address';
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ example: 'vanthu@stc.laichau.gov.vn', description: 'The address the mail relay refused' })
  address!: string;
}

export type ReportHistoryEntry =
  SubmissionHistoryEntry | ReviewHistoryEntry | ExtensionHistoryEntry | RefusedAddressHistoryEntry;

class UploadLimits {
  @ApiProperty({ example: 10 }) maxFiles!: number;
  @ApiProperty({ example: 10485760 }) maxFileBytes!: number;
  @ApiProperty({ example: 26214400 }) maxTotalBytes!: number;
  @ApiProperty({ example: 100000 }) maxTextLength!: number;
  @ApiProperty({ type: [String], example: ['.pdf', '.docx'] }) accept!: string[];
}

class InputReport {
  @ApiProperty({ example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ type: String, nullable: true }) reportText!: string | null;
  @ApiProperty({ type: [SubmittedAttachment], description: 'Downloaded through the lead’s own assignment' })
  attachments!: SubmittedAttachment[];
}

/** A coordinating agency's input to the lead: where it stands and the latest it sent. */
export class CoordinatingInput {
  @ApiProperty({ format: 'uuid' }) assignmentId!: string;
  @ApiProperty({ type: AgencyName }) agency!: AgencyName;
  @ApiProperty({ enum: ASSIGNMENT_STATUSES }) status!: AssignmentStatus;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'When its input is due to the lead' })
  due!: string | null;
  @ApiProperty({ type: InputReport, nullable: true, description: 'The latest version it sent; null: none yet' })
  latest!: InputReport | null;
}

/** Everything the agency's report page shows: the task, its deadline, the history, and what a report may carry. */
@ApiExtraModels(SubmissionHistoryEntry, ReviewHistoryEntry, ExtensionHistoryEntry, RefusedAddressHistoryEntry)
export class ReportViewResponse {
  @ApiProperty({ type: ReportAssignment }) assignment!: ReportAssignment;
  @ApiProperty({ type: PlanSummary }) plan!: PlanSummary;
  @ApiProperty({ type: TaskSummary }) task!: TaskSummary;
  @ApiProperty({ type: AgencyName }) agency!: AgencyName;
  @ApiProperty({ type: [AgencyName], description: 'The lead agencies of this task and period' })
  leadAgencies!: AgencyName[];
  @ApiProperty({
    type: [CoordinatingInput],
    description: 'On a lead agency’s page: the inputs of the coordinating agencies of the same task and period',
  })
  inputs!: CoordinatingInput[];
  @ApiProperty({
    type: 'array',
    description: 'Oldest first',
    items: {
      oneOf: [
        { $ref: getSchemaPath(SubmissionHistoryEntry) },
        { $ref: getSchemaPath(ReviewHistoryEntry) },
        { $ref: getSchemaPath(ExtensionHistoryEntry) },
        { $ref: getSchemaPath(RefusedAddressHistoryEntry) },
      ],
      // Without a mapping, a client would expect each schema's name as the value of `kind`.
      discriminator: {
        propertyName: 'kind',
        mapping: {
          submission: getSchemaPath(SubmissionHistoryEntry),
          review: getSchemaPath(ReviewHistoryEntry),
          extension: getSchemaPath(ExtensionHistoryEntry),
          'refused-address': getSchemaPath(RefusedAddressHistoryEntry),
        },
      },
    },
  })
  history!: ReportHistoryEntry[];
  @ApiProperty({ type: UploadLimits }) limits!: UploadLimits;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'https://dondoc.laichau.gov.vn/api/feeds/C15-HI9aTY6aUWovPE1ebw….ics',
    description:
      'The agency’s private calendar feed, for its officers and the office; null when revoked, and for viewers',
  })
  calendarFeedUrl!: string | null;
}
