import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PlanIntakeClient } from '../plans/plan-intake.client';
import { DocumentReaders } from './document-readers';
import { PlanImportController } from './plan-import.controller';
import { PlanImportService } from './plan-import.service';
import { ProvinceDirectories } from './province-directories';
import { ScannedPlans } from './scanned-plans';

/** POST /plans/import (and the jobs that read scans); starts the intake through the same client as POST /plans. */
@Module({
  imports: [AuditModule],
  controllers: [PlanImportController],
  providers: [PlanImportService, ProvinceDirectories, PlanIntakeClient, DocumentReaders, ScannedPlans],
  exports: [PlanImportService],
})
export class PlanImportModule {}
