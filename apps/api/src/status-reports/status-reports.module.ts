import { Module } from '@nestjs/common';
import { RankingService } from './ranking.service';
import { StatusReportsController } from './status-reports.controller';
import { StatusReportsService } from './status-reports.service';

@Module({
  controllers: [StatusReportsController],
  providers: [StatusReportsService, RankingService],
  exports: [StatusReportsService, RankingService],
})
export class StatusReportsModule {}
