import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { EmailDeliveryEntity } from './email-delivery.entity.js';
import type { JobItem } from '@sanggar/queue';
import { type Email, Mailer, failureLabel } from './mailer.js';

/**
 * Sends an email once per key. The delivery row is locked while sending, so a duplicate job waits
 * and then sees it sent. A crash between the SMTP server taking the message and the commit rolls
 * back, and the retry sends it again with the same Message-ID (see Mailer): SMTP offers no
 * exactly-once, so a rare repeat is one message to the reader rather than a lost one.
 */
@Injectable()
export class EmailOnceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
  ) {}

  /** Returns false when this key was already sent. */
  async send(key: string, template: string, build: () => Promise<Email>): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await manager.createQueryBuilder().insert().into(EmailDeliveryEntity).values({ key, template }).orIgnore().execute();
      const delivery = await manager.findOne(EmailDeliveryEntity, { where: { key }, lock: { mode: 'pessimistic_write' } });
      if (delivery?.sentAt) return false;
      await this.mailer.send(await build(), key);
      await manager.update(EmailDeliveryEntity, { key }, { sentAt: () => 'now()', failedAt: null, error: null });
      return true;
    });
  }

  /**
   * After the last retry of a job failed: its email (unless sent meanwhile) is listed for admins,
   * with the job that sends it again.
   */
  async failed(key: string, template: string, recipientId: string, job: JobItem, error: Error): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO email_delivery (key, template, recipient_id, retry_job, error, failed_at) VALUES ($1, $2, $3, $4, $5, now())
       ON CONFLICT (key) DO UPDATE SET recipient_id = $3, retry_job = $4, error = $5, failed_at = now()
        WHERE email_delivery.sent_at IS NULL`,
      [key, template, recipientId, job, failureLabel(error)],
    );
  }
}
