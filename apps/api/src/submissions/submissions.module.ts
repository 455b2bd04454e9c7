import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrchestrationModule } from '../orchestration/orchestration.module';
import { AttachmentStore } from './attachment-store';
import { SubmissionsController } from './submissions.controller';
import { SubmissionsService } from './submissions.service';

@Module({
  imports: [AuditModule, OrchestrationModule],
  controllers: [SubmissionsController],
  providers: [SubmissionsService, AttachmentStore],
})
export class SubmissionsModule {}
