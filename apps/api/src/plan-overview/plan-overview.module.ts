import { Module } from '@nestjs/common';
import { PlanOverviewController } from './plan-overview.controller';
import { PlanOverviewService } from './plan-overview.service';

// Imported before PlansModule: `plans/overview` must be matched before `plans/:id`.
@Module({ controllers: [PlanOverviewController], providers: [PlanOverviewService] })
export class PlanOverviewModule {}
