import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AgencyGroupsController } from './agency-groups.controller';
import { AgencyGroupsService } from './agency-groups.service';

@Module({
  imports: [AuditModule],
  controllers: [AgencyGroupsController],
  providers: [AgencyGroupsService],
  exports: [AgencyGroupsService],
})
export class AgencyGroupsModule {}
