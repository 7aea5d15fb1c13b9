import { readdir, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@sanggar/core';

const DAY_MS = 24 * 3_600_000;

/** How many of each kind one retention run removed (attendance notes: cleared). */
export interface RetentionReport {
  outboxRows: number;
  emailDeliveries: number;
  mailFiles: number;
  refreshTokens: number;
  accountTokens: number;
  attendanceNotes: number;
  notifications: number;
  auditEntries: number;
  dataExports: number;
}

/**
 * Keeps personal data no longer than it serves (UU PDP Art. 16): each run deletes what is past its
 * period, so running it twice, or on two workers, removes nothing more. Periods are settings.
 */
@Injectable()
export class RetentionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
  ) {}

  async run(now: Date): Promise<RetentionReport> {
    const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
    return {
      outboxRows: await this.affected(`DELETE FROM outbox WHERE finished_at < $1`, daysAgo(this.config.RETENTION_OUTBOX_DAYS)),
      emailDeliveries: await this.affected(
        `DELETE FROM email_delivery WHERE created_at < $1`,
        daysAgo(this.config.RETENTION_EMAIL_DELIVERY_DAYS),
      ),
      mailFiles: await this.deleteMailFiles(daysAgo(this.config.RETENTION_MAIL_FILE_DAYS)),
      // Kept while the login they belong to lives: a spent token presented again still ends that login.
      refreshTokens: await this.affected(`DELETE FROM refresh_token WHERE expires_at < $1 AND family_expires_at < $1`, now),
      // A day's grace: a link opened again right after use still says "already used" rather than "unknown".
      accountTokens: await this.affected(`DELETE FROM account_token WHERE used_at < $1 OR expires_at < $1`, daysAgo(1)),
      // An excused absence keeps its status; its reason (the database requires one) is emptied.
      attendanceNotes: await this.affected(
        `UPDATE attendance_record a SET note = CASE WHEN a.status = 'EXCUSED' THEN '' END
           FROM session s JOIN cohort c ON c.id = s.cohort_id
          WHERE s.id = a.session_id AND a.note <> '' AND c.ends_on < $1::date`,
        daysAgo(this.config.RETENTION_ATTENDANCE_NOTE_DAYS),
      ),
      notifications: await this.affected(
        `DELETE FROM notification WHERE created_at < $1`,
        daysAgo(this.config.RETENTION_NOTIFICATION_DAYS),
      ),
      auditEntries: await this.affected(`DELETE FROM audit_entry WHERE at < $1`, daysAgo(this.config.RETENTION_AUDIT_DAYS)),
      // An archive not downloaded within its 7 days; a request that never got built, after a month.
      dataExports: await this.affected(`DELETE FROM data_export WHERE coalesce(expires_at, requested_at + interval '30 days') < $1`, now),
    };
  }

  private async affected(sql: string, before: Date): Promise<number> {
    const [, affected] = await this.dataSource.query<[unknown, number]>(sql, [before]);
    return affected;
  }

  private async deleteMailFiles(before: Date): Promise<number> {
    const names = await readdir(this.config.MAIL_DIR).catch(() => [] as string[]);
    let deleted = 0;
    for (const name of names.filter((file) => file.endsWith('.eml'))) {
      const path = join(this.config.MAIL_DIR, name);
      const { mtime } = await stat(path);
      if (mtime < before) {
        await unlink(path).catch(() => undefined);
        deleted += 1;
      }
    }
    return deleted;
  }
}
