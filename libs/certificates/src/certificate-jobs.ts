import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationKind, Notifier } from '@sanggar/notifications';
import { HandlesJob, type JobHandler, JobName, type JobPayloads } from '@sanggar/queue';
import { CertificateEntity } from './certificate.entities.js';
import { CertificateLinks } from './certificate-links.js';
import { CertificatePdfs } from './certificate-pdfs.js';
import { CertificateIssuance } from './issuance.service.js';

@Injectable()
@HandlesJob(JobName.IssueCertificate)
export class IssueCertificateHandler implements JobHandler<JobName.IssueCertificate> {
  constructor(private readonly issuance: CertificateIssuance) {}

  handle({ batchId, enrollmentId }: JobPayloads[JobName.IssueCertificate]): Promise<void> {
    return this.issuance.issue(batchId, enrollmentId);
  }

  exhausted({ batchId, enrollmentId }: JobPayloads[JobName.IssueCertificate], error: Error): Promise<void> {
    return this.issuance.markFailed(batchId, enrollmentId, error);
  }
}

/** Draws the certificate's PDF, then tells the holder (in the app and by email) that it is ready, or that it replaces an earlier one. */
@Injectable()
@HandlesJob(JobName.SendCertificateEmail)
export class SendCertificateEmailHandler implements JobHandler<JobName.SendCertificateEmail> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: CertificateLinks,
    private readonly notifier: Notifier,
    private readonly pdfs: CertificatePdfs,
  ) {}

  async handle({ certificateId }: JobPayloads[JobName.SendCertificateEmail]): Promise<void> {
    const certificate = await this.dataSource.getRepository(CertificateEntity).findOneByOrFail({ id: certificateId });
    // Drawn here, in the worker, before the holder (or a coordinator's ZIP) asks for it.
    await this.pdfs.pdfOf(certificate);
    const replaces = await this.dataSource.getRepository(CertificateEntity).existsBy({ supersededBy: certificateId });
    await this.dataSource.transaction((manager) =>
      this.notifier.notify(
        manager,
        {
          kind: replaces ? NotificationKind.CERTIFICATE_REISSUED : NotificationKind.CERTIFICATE_ISSUED,
          params: {
            certificateId,
            holderName: certificate.holderName,
            curriculumTitle: certificate.curriculumTitle,
            hubName: certificate.hubName,
            verifyUrl: this.links.verify(certificate.verificationCode),
            pdfUrl: this.links.pdf(certificate.verificationCode),
          },
        },
        [certificate.holderId],
        { topic: `certificate:${certificateId}`, dedupeKey: `certificate-ready:${certificateId}`, immediately: true },
      ),
    );
  }
}
