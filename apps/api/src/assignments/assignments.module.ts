import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrchestrationModule } from '../orchestration/orchestration.module';
import { UploadsModule } from '../uploads/uploads.module';
import { AssignmentActionsController } from './assignment-actions.controller';
import { AssignmentActionsService } from './assignment-actions.service';
import { AssignmentReportController } from './assignment-report.controller';
import { AssignmentReportService } from './assignment-report.service';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';

@Module({
  imports: [AuditModule, OrchestrationModule, UploadsModule],
  controllers: [AssignmentsController, AssignmentActionsController, AssignmentReportController],
  providers: [AssignmentsService, AssignmentActionsService, AssignmentReportService],
  exports: [AssignmentsService, AssignmentActionsService],
})
export class AssignmentsModule {}
