import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { ScoringRubricsController } from './scoring-rubrics.controller';
import { ScoringRubricsService } from './scoring-rubrics.service';

@Module({
  imports: [AuditModule],
  controllers: [ScoringRubricsController],
  providers: [ScoringRubricsService],
  exports: [ScoringRubricsService],
})
export class ScoringRubricsModule {}
