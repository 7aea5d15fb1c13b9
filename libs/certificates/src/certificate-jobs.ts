import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IdentityService } from '@sanggar/identity';
import { EmailOnceService, certificateEmail } from '@sanggar/notifications';
import { HandlesJob, type JobHandler, JobName, type JobPayloads, jobIds } from '@sanggar/queue';
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

@Injectable()
@HandlesJob(JobName.SendCertificateEmail)
export class SendCertificateEmailHandler implements JobHandler<JobName.SendCertificateEmail> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: CertificateLinks,
    private readonly identity: IdentityService,
    private readonly emails: EmailOnceService,
    private readonly pdfs: CertificatePdfs,
  ) {}

  async handle({ certificateId }: JobPayloads[JobName.SendCertificateEmail]): Promise<void> {
    const certificate = await this.dataSource.getRepository(CertificateEntity).findOneByOrFail({ id: certificateId });
    // Drawn here, in the worker, before the holder (or a coordinator's ZIP) asks for it.
    await this.pdfs.pdfOf(certificate);
    await this.emails.send(jobIds.certificateEmail(certificateId), 'certificate', async () => {
      const holder = await this.identity.getUser(certificate.holderId);
      return certificateEmail(holder, {
        holderName: certificate.holderName,
        curriculumTitle: certificate.curriculumTitle,
        hubName: certificate.hubName,
        verifyUrl: this.links.verify(certificate.verificationCode),
        pdfUrl: this.links.pdf(certificate.verificationCode),
      });
    });
  }
}
