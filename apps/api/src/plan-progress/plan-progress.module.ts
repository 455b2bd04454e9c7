import { Module } from '@nestjs/common';
import { StatusReportsModule } from '../status-reports/status-reports.module';
import { PlanProgressController } from './plan-progress.controller';
import { PlanProgressService } from './plan-progress.service';

@Module({ imports: [StatusReportsModule], controllers: [PlanProgressController], providers: [PlanProgressService] })
export class PlanProgressModule {}
