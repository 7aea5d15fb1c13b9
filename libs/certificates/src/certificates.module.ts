import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '@sanggar/cohorts';
import { GradingModule } from '@sanggar/grading';
import { IdentityModule } from '@sanggar/identity';
import { NotificationsModule } from '@sanggar/notifications';
import { CertificateBatchEntity, CertificateBatchItemEntity, CertificateEntity } from './certificate.entities.js';
import { CertificateReconciler, IssueCertificateHandler, SendCertificateEmailHandler } from './certificate-jobs.js';
import { CertificatesService } from './certificates.service.js';

export const certificateEntities = [CertificateBatchEntity, CertificateBatchItemEntity, CertificateEntity];

@Module({
  imports: [TypeOrmModule.forFeature(certificateEntities), CohortsModule, GradingModule],
  providers: [CertificatesService],
  exports: [CertificatesService],
})
export class CertificatesModule {}

/** For the worker: issuance and email jobs, and the reconciler that survives a Redis flush. */
@Module({
  imports: [CertificatesModule, IdentityModule, NotificationsModule],
  providers: [IssueCertificateHandler, SendCertificateEmailHandler, CertificateReconciler],
  exports: [CertificateReconciler],
})
export class CertificateJobsModule {}
