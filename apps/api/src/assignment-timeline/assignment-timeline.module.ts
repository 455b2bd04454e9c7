import { Module } from '@nestjs/common';
import { AssignmentTimelineController } from './assignment-timeline.controller';
import { AssignmentTimelineService } from './assignment-timeline.service';

@Module({
  controllers: [AssignmentTimelineController],
  providers: [AssignmentTimelineService],
})
export class AssignmentTimelineModule {}
