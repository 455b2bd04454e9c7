import { Module } from '@nestjs/common';
import { PlanProgressController } from './plan-progress.controller';
import { PlanProgressService } from './plan-progress.service';

@Module({ controllers: [PlanProgressController], providers: [PlanProgressService] })
export class PlanProgressModule {}
