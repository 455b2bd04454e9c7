import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrchestrationModule } from '../orchestration/orchestration.module';
import { UploadsModule } from '../uploads/uploads.module';
import { InspectionsController } from './inspections.controller';
import { InspectionsService } from './inspections.service';

@Module({
  imports: [AuditModule, OrchestrationModule, UploadsModule],
  controllers: [InspectionsController],
  providers: [InspectionsService],
})
export class InspectionsModule {}
