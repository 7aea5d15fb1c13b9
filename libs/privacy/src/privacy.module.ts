import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@sanggar/audit';
import { CertificatesModule } from '@sanggar/certificates';
import { CohortsModule } from '@sanggar/cohorts';
import { IdentityModule } from '@sanggar/identity';
import { NotificationJobsModule } from '@sanggar/notifications';
import { DataArchive } from './data-archive.js';
import { DataExportEntity } from './data-export.entity.js';
import { BuildDataExportHandler, DataExports } from './data-exports.service.js';
import { ErasureService } from './erasure.service.js';
import { RetentionService } from './retention.service.js';

export const privacyEntities = [DataExportEntity];

/** What UU PDP asks of personal data: a copy on request, erasure on request, kept only as long as needed. */
@Module({
  imports: [TypeOrmModule.forFeature(privacyEntities), IdentityModule, CohortsModule, CertificatesModule, AuditModule],
  providers: [RetentionService, ErasureService, DataExports],
  exports: [RetentionService, ErasureService, DataExports],
})
export class PrivacyModule {}

/** For the worker: building archives and emailing their links. */
@Module({
  imports: [TypeOrmModule.forFeature(privacyEntities), IdentityModule, CertificatesModule, NotificationJobsModule],
  providers: [DataArchive, BuildDataExportHandler],
})
export class PrivacyJobsModule {}
