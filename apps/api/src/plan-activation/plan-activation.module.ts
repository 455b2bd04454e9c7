import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrchestrationModule } from '../orchestration/orchestration.module';
import { PlanActivationController } from './plan-activation.controller';
import { PlanActivationService } from './plan-activation.service';

@Module({
  imports: [AuditModule, OrchestrationModule],
  controllers: [PlanActivationController],
  providers: [PlanActivationService],
})
export class PlanActivationModule {}
