import { Module } from '@nestjs/common';
import { StatusReportsModule } from '../status-reports/status-reports.module';
import { ReportExportsController } from './report-exports.controller';
import { ReportExportsService } from './report-exports.service';

@Module({ imports: [StatusReportsModule], controllers: [ReportExportsController], providers: [ReportExportsService] })
export class ReportExportsModule {}
