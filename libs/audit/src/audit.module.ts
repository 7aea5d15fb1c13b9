import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEntryEntity } from './audit-entry.entity.js';
import { AuditService } from './audit.service.js';

export const auditEntities = [AuditEntryEntity];

@Module({
  imports: [TypeOrmModule.forFeature(auditEntities)],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
