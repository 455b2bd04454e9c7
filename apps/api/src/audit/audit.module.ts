import { Module } from '@nestjs/common';
import { AuditTrail } from './audit-trail';
import { AuditEventsController } from './audit-events.controller';

@Module({ controllers: [AuditEventsController], providers: [AuditTrail], exports: [AuditTrail] })
export class AuditModule {}
