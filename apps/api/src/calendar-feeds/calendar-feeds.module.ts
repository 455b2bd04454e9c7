import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CalendarFeedManagementController } from './calendar-feed-management.controller';
import { CalendarFeedsController } from './calendar-feeds.controller';
import { CalendarFeedsService } from './calendar-feeds.service';

@Module({
  imports: [AuditModule],
  controllers: [CalendarFeedsController, CalendarFeedManagementController],
  providers: [CalendarFeedsService],
  exports: [CalendarFeedsService],
})
export class CalendarFeedsModule {}
