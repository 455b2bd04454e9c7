import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PlanIntakeClient } from '../plans/plan-intake.client';
import { DocumentReaders } from './document-readers';
import { PlanImportController } from './plan-import.controller';
import { PlanImportService } from './plan-import.service';
import { ProvinceDirectories } from './province-directories';

/** POST /plans/import; starts the intake through the same client as POST /plans. */
@Module({
  imports: [AuditModule],
  controllers: [PlanImportController],
  providers: [PlanImportService, ProvinceDirectories, PlanIntakeClient, DocumentReaders],
  exports: [PlanImportService],
})
export class PlanImportModule {}
