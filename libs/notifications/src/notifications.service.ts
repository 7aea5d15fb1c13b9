import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AuthUser, Clock, type Locale, Role, notFound } from '@sanggar/core';
import { type JobItem, JobName, OutboxService, jobIds } from '@sanggar/queue';
import { isUUID } from 'class-validator';
import { EmailState, NotificationEntity, NotificationOptOutEntity } from './notification.entity.js';
import { NotificationCategory, type NotificationText, notificationText } from './notification-kinds.js';
import { emailSubjects } from './templates.js';
import { UnsubscribeLinks } from './unsubscribe-links.js';

/** The unread count a badge shows; more reads as "99+". */
export const UNREAD_COUNT_CAP = 100;
export const MAX_MARKED_AT_ONCE = 200;

/** The categories each role receives, in the order the settings list them. */
const CATEGORIES_OF: Record<Role, NotificationCategory[]> = {
  [Role.TRAINEE]: [
    NotificationCategory.ENROLLMENT,
    NotificationCategory.SESSION_CHANGES,
    NotificationCategory.SESSION_REMINDERS,
    NotificationCategory.GRADES,
    NotificationCategory.CERTIFICATES,
  ],
  [Role.MENTOR]: [NotificationCategory.SESSION_CHANGES, NotificationCategory.SESSION_REMINDERS, NotificationCategory.GRADING_DIGEST],
  [Role.COORDINATOR]: [],
  [Role.ADMIN]: [],
};

export interface InboxEntry extends NotificationText {
  id: string;
  kind: NotificationEntity['kind'];
  createdAt: Date;
  readAt: Date | null;
}

export interface FailedEmail {
  /** The notification's id, or the delivery key of an account or booking email. */
  id: string;
  /** The notification's kind; null for an account or booking email. */
  kind: NotificationEntity['kind'] | null;
  /** Its subject, in the reader's language. */
  subject: string;
  recipientId: string;
  recipientName: string;
  recipientEmail: string;
  createdAt: Date;
  error: string | null;
}

type FailedRow = Omit<FailedEmail, 'subject'> & { params: object | null; template: string | null };

const notificationNotFound = () => notFound({ id: 'Notifikasi', en: 'Notification' });
const failedEmailNotFound = () => notFound({ id: 'Email gagal', en: 'Failed email' });

/** A person's notifications and email settings; admins' view of emails that could not be delivered. */
@Injectable()
export class NotificationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly unsubscribeLinks: UnsubscribeLinks,
    private readonly clock: Clock,
  ) {}

  /** Newest first, in the caller's language; `before` (an id) continues a list. */
  async inbox(user: AuthUser, first: number, before?: string | null): Promise<InboxEntry[]> {
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId: user.id })
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(first);
    if (before) {
      query.andWhere('(n.created_at, n.id) < (SELECT created_at, id FROM notification WHERE id = :before AND user_id = :userId)', {
        before,
      });
    }
    const rows = await query.getMany();
    return rows.map((row) => ({
      id: row.id,
      kind: row.kind,
      createdAt: row.createdAt,
      readAt: row.readAt,
      ...notificationText(row.kind, row.params as never, user.locale),
    }));
  }

  async unreadCount(user: AuthUser): Promise<number> {
    const [{ count }] = await this.dataSource.query<{ count: number }[]>(
      `SELECT count(*)::int AS count FROM (SELECT 1 FROM notification WHERE user_id = $1 AND read_at IS NULL LIMIT $2) unread`,
      [user.id, UNREAD_COUNT_CAP],
    );
    return count;
  }

  /** Marks the caller's notifications read: these ids, or all when none are given. Returns how many changed. */
  async markRead(user: AuthUser, ids: string[] | null | undefined): Promise<number> {
    const [, changed] = await this.dataSource.query<[unknown[], number]>(
      `UPDATE notification SET read_at = $2 WHERE user_id = $1 AND read_at IS NULL AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))`,
      [user.id, this.clock.now(), ids ?? null],
    );
    return changed;
  }

  /** The categories the caller receives, each with whether it is emailed. */
  async preferences(user: AuthUser): Promise<{ category: NotificationCategory; email: boolean }[]> {
    const off = new Set(
      (await this.dataSource.getRepository(NotificationOptOutEntity).findBy({ userId: user.id })).map((row) => row.category),
    );
    return CATEGORIES_OF[user.role].map((category) => ({ category, email: !off.has(category) }));
  }

  async setEmail(userId: string, category: NotificationCategory, email: boolean): Promise<void> {
    const optOuts = this.dataSource.getRepository(NotificationOptOutEntity);
    if (email) await optOuts.delete({ userId, category });
    else await optOuts.createQueryBuilder().insert().values({ userId, category }).orIgnore().execute();
  }

  /** One-click unsubscribe from an email's link: the category it names is turned off. NOT_FOUND for a forged link. */
  async unsubscribe(token: string): Promise<NotificationCategory> {
    const link = this.unsubscribeLinks.read(token);
    if (!link || !(await this.dataSource.query<unknown[]>(`SELECT 1 FROM "user" WHERE id = $1`, [link.userId])).length)
      throw notificationNotFound();
    await this.setEmail(link.userId, link.category, false);
    return link.category;
  }

  /**
   * For admins: emails that failed every retry (notifications, then account and booking emails by their
   * delivery row), oldest first, each with its subject in `locale`.
   */
  async failedEmails(first: number, locale: Locale): Promise<FailedEmail[]> {
    const rows = await this.dataSource.query<FailedRow[]>(
      `SELECT f.*, u.full_name AS "recipientName", u.email AS "recipientEmail"
         FROM (SELECT id::text, kind, params, NULL AS template, user_id AS "recipientId", created_at AS "createdAt", email_error AS error
                 FROM notification WHERE email_state = $1
               UNION ALL
               SELECT key, NULL, NULL, template, recipient_id, created_at, error FROM email_delivery WHERE failed_at IS NOT NULL) f
         JOIN "user" u ON u.id = f."recipientId"
        ORDER BY f."createdAt", f.id LIMIT $2`,
      [EmailState.FAILED, first],
    );
    return rows.map(({ params, template, ...row }) => ({
      ...row,
      subject: row.kind ? notificationText(row.kind, params as never, locale).title : (emailSubjects[template!]?.[locale] ?? template!),
    }));
  }

  /** Tries a failed email again, as a new job (an admin asked: the mail server works again). */
  async retryEmail(id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (isUUID(id)) {
        const [[notification]] = await manager.query<[{ email_retries: number }[], number]>(
          `UPDATE notification SET email_state = $2, email_error = NULL, email_retries = email_retries + 1
            WHERE id = $1 AND email_state = $3 RETURNING email_retries`,
          [id, EmailState.PENDING, EmailState.FAILED],
        );
        if (notification) {
          const job = { name: JobName.SendNotificationEmail, data: { notificationId: id } } as const;
          return this.outbox.add(manager, job, jobIds.notificationEmail(id, notification.email_retries));
        }
      }
      const [[delivery]] = await manager.query<[{ retries: number; retry_job: JobItem }[], number]>(
        `UPDATE email_delivery SET failed_at = NULL, error = NULL, retries = retries + 1
          WHERE key = $1 AND failed_at IS NOT NULL AND sent_at IS NULL RETURNING retries, retry_job`,
        [id],
      );
      if (!delivery) throw failedEmailNotFound();
      await this.outbox.add(manager, delivery.retry_job, `${id}-retry-${delivery.retries}`);
    });
  }
}
