import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@sanggar/audit';
import { CohortsModule } from '@sanggar/cohorts';
import { GradingModule } from '@sanggar/grading';
import { IdentityModule } from '@sanggar/identity';
import { NotificationJobsModule, NotificationsModule } from '@sanggar/notifications';
import { SchedulingModule } from '@sanggar/scheduling';
import {
  CertificateBatchEntity,
  CertificateBatchItemEntity,
  CertificateEntity,
  CertificatePdfEntity,
  StatusListEntity,
} from './certificate.entities.js';
import { CertificatePdfs } from './certificate-pdfs.js';
import { IssueCertificateHandler, SendCertificateEmailHandler } from './certificate-jobs.js';
import { CertificateLinks } from './certificate-links.js';
import { CertificatesService } from './certificates.service.js';
import { CredentialsService } from './credentials.service.js';
import { RebuildStatusListHandler, StatusLists } from './status-lists.js';
import { CertificateIssuance } from './issuance.service.js';

export const certificateEntities = [
  CertificateBatchEntity,
  CertificateBatchItemEntity,
  CertificateEntity,
  CertificatePdfEntity,
  StatusListEntity,
];

@Module({
  imports: [
    TypeOrmModule.forFeature(certificateEntities),
    AuditModule,
    CohortsModule,
    GradingModule,
    SchedulingModule,
    NotificationsModule,
  ],
  providers: [CertificateLinks, CertificatePdfs, CredentialsService, StatusLists, CertificatesService, CertificateIssuance],
  exports: [CertificateLinks, CertificatePdfs, StatusLists, CertificatesService, CertificateIssuance],
})
export class CertificatesModule {}

/** For the worker: the issuance and certificate email jobs. */
@Module({
  imports: [CertificatesModule, IdentityModule, NotificationsModule, NotificationJobsModule],
  providers: [IssueCertificateHandler, SendCertificateEmailHandler, RebuildStatusListHandler],
})
export class CertificateJobsModule {}
