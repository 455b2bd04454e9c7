import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrchestrationModule } from '../orchestration/orchestration.module';
import { AssignmentActionsController } from './assignment-actions.controller';
import { AssignmentActionsService } from './assignment-actions.service';
import { AssignmentsController } from './assignments.controller';
import { AssignmentsService } from './assignments.service';

@Module({
  imports: [AuditModule, OrchestrationModule],
  controllers: [AssignmentsController, AssignmentActionsController],
  providers: [AssignmentsService, AssignmentActionsService],
  exports: [AssignmentsService],
})
export class AssignmentsModule {}
