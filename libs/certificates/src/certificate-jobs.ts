import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { IdentityService } from '@sanggar/identity';
import { EmailOnceService, certificateEmail } from '@sanggar/notifications';
import { HandlesJob, type JobHandler, JobName, type JobPayloads, QueueName, Queues, defaultJobOptions, jobIds } from '@sanggar/queue';
import { CertificateEntity } from './certificate.entities.js';
import { CertificatesService } from './certificates.service.js';

@Injectable()
@HandlesJob(JobName.IssueCertificate)
export class IssueCertificateHandler implements JobHandler<JobName.IssueCertificate> {
  constructor(private readonly certificates: CertificatesService) {}

  handle({ batchId, enrollmentId }: JobPayloads[JobName.IssueCertificate]): Promise<void> {
    return this.certificates.issue(batchId, enrollmentId);
  }

  exhausted({ batchId, enrollmentId }: JobPayloads[JobName.IssueCertificate], error: Error): Promise<void> {
    return this.certificates.markFailed(batchId, enrollmentId, error);
  }
}

@Injectable()
@HandlesJob(JobName.SendCertificateEmail)
export class SendCertificateEmailHandler implements JobHandler<JobName.SendCertificateEmail> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly certificates: CertificatesService,
    private readonly identity: IdentityService,
    private readonly emails: EmailOnceService,
  ) {}

  async handle({ certificateId }: JobPayloads[JobName.SendCertificateEmail]): Promise<void> {
    await this.emails.send(jobIds.certificateEmail(certificateId), 'certificate', async () => {
      const certificate = await this.dataSource.getRepository(CertificateEntity).findOneByOrFail({ id: certificateId });
      const holder = await this.identity.getUser(certificate.holderId);
      return certificateEmail(holder, {
        holderName: certificate.holderName,
        curriculumTitle: certificate.curriculumTitle,
        hubName: certificate.hubName,
        verifyUrl: this.certificates.urls.verify(certificate.verificationCode),
        pdfUrl: this.certificates.urls.pdf(certificate.verificationCode),
      });
    });
  }
}

/**
 * Our Redis keeps nothing on disk: after a restart or FLUSHALL the queued issuance jobs are gone.
 * Postgres still knows every PENDING item, so they are put back (deterministic ids: a job that
 * still exists is not added twice).
 */
@Injectable()
export class CertificateReconciler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: Queues,
  ) {}

  async requeuePending(limit = 2000): Promise<number> {
    const pending = (await this.dataSource.query(
      `SELECT batch_id, enrollment_id FROM certificate_batch_item WHERE status = 'PENDING' ORDER BY batch_id, enrollment_id LIMIT $1`,
      [limit],
    )) as { batch_id: string; enrollment_id: string }[];
    if (pending.length === 0) return 0;
    await this.queues.get(QueueName.Certificates).addBulk(
      pending.map((item) => ({
        name: JobName.IssueCertificate,
        data: { batchId: item.batch_id, enrollmentId: item.enrollment_id },
        opts: { ...defaultJobOptions, jobId: jobIds.issueCertificate(item.enrollment_id) },
      })),
    );
    return pending.length;
  }
}
