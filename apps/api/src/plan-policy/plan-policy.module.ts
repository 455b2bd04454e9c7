import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { OrchestrationModule } from '../orchestration/orchestration.module';
import { PlanPolicyController } from './plan-policy.controller';
import { PlanPolicyService } from './plan-policy.service';

@Module({
  imports: [AuditModule, OrchestrationModule],
  controllers: [PlanPolicyController],
  providers: [PlanPolicyService],
  exports: [PlanPolicyService],
})
export class PlanPolicyModule {}
