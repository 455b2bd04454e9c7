import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrchestrationModule } from '../orchestration/orchestration.module';
import { UploadsModule } from '../uploads/uploads.module';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [AuditModule, OrchestrationModule, UploadsModule],
  controllers: [SubmissionsController],
  providers: [SubmissionsService],
})
export class SubmissionsModule {}
