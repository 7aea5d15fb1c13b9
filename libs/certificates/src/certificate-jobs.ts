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
 * Our Redis keeps nothing on disk: after a restart or FLUSHALL the queued jobs are gone. Postgres
 * still knows every PENDING batch item and every certificate whose email has not gone out, so those
 * jobs are put back (deterministic ids: a job that still exists is not added twice, and the email
 * itself is sent at most once per certificate).
 */
const GRACE = '10 seconds';

@Injectable()
export class CertificateReconciler {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queues: Queues,
  ) {}

  async requeuePending(limit = 2000): Promise<number> {
    // Work younger than GRACE is still in the normal flow (outbox, relay, worker): left alone.
    const pending = (await this.dataSource.query(
      `SELECT i.batch_id, i.enrollment_id FROM certificate_batch_item i JOIN certificate_batch b ON b.id = i.batch_id
        WHERE i.status = 'PENDING' AND b.created_at < now() - $2::interval ORDER BY i.batch_id, i.enrollment_id LIMIT $1`,
      [limit, GRACE],
    )) as { batch_id: string; enrollment_id: string }[];
    // Certificates of the last 30 days whose email is not recorded as sent (older ones are not chased).
    const unmailed = (await this.dataSource.query(
      `SELECT c.id FROM certificate c LEFT JOIN email_delivery d ON d.key = 'certificate-email-' || c.id
        WHERE c.status = 'VALID' AND d.sent_at IS NULL AND c.issued_at BETWEEN now() - interval '30 days' AND now() - $2::interval LIMIT $1`,
      [limit, GRACE],
    )) as { id: string }[];
    await this.ensureQueued(
      QueueName.Certificates,
      pending.map((item) => ({
        name: JobName.IssueCertificate,
        data: { batchId: item.batch_id, enrollmentId: item.enrollment_id },
        jobId: jobIds.issueCertificate(item.enrollment_id),
      })),
    );
    await this.ensureQueued(
      QueueName.Notifications,
      unmailed.map(({ id }) => ({ name: JobName.SendCertificateEmail, data: { certificateId: id }, jobId: jobIds.certificateEmail(id) })),
    );
    return pending.length + unmailed.length;
  }

  /**
   * Adds each job unless it is waiting, delayed or running. A job Redis still remembers as finished
   * (or only half remembers, after a flush in the middle of its run) while Postgres says the work is
   * not done is removed and added again.
   */
  private async ensureQueued(queueName: QueueName, jobs: { name: JobName; data: object; jobId: string }[]): Promise<void> {
    const queue = this.queues.get(queueName);
    for (const job of jobs) {
      const existing = await queue.getJob(job.jobId);
      if (existing) {
        const state = await existing.getState();
        if (state === 'waiting' || state === 'delayed' || state === 'active' || state === 'prioritized' || state === 'waiting-children')
          continue;
        await existing.remove().catch(() => undefined);
      }
      await queue.add(job.name, job.data, { ...defaultJobOptions, jobId: job.jobId });
    }
  }
}
