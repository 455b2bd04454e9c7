import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { AuditModule } from '../audit/audit.module';
import { BulkActionsController } from './bulk-actions.controller';
import { BulkExtendService } from './bulk-extend.service';
import { MergePreviewService } from './merge-preview.service';
import { OpenAssignments } from './open-assignments';

@Module({
  imports: [AuditModule, AssignmentsModule],
  controllers: [BulkActionsController],
  providers: [BulkExtendService, MergePreviewService, OpenAssignments],
})
export class BulkActionsModule {}
