import { Module } from '@nestjs/common';
import { AssignmentsModule } from '../assignments/assignments.module';
import { AuditModule } from '../audit/audit.module';
import { AgencyMergersController } from './agency-mergers.controller';
import { AgencyMergersService } from './agency-mergers.service';

@Module({
  imports: [AuditModule, AssignmentsModule],
  controllers: [AgencyMergersController],
  providers: [AgencyMergersService],
})
export class AgencyMergersModule {}
