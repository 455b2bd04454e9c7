import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrchestrationModule } from '../orchestration/orchestration.module';
import { CalendarController } from './calendar.controller';
import { CalendarService } from './calendar.service';

@Module({
  imports: [AuditModule, OrchestrationModule],
  controllers: [CalendarController],
  providers: [CalendarService],
  exports: [CalendarService],
})
export class CalendarModule {}
