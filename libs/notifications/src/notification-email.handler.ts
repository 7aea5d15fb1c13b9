import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Locale } from '@sanggar/core';
import { UserEntity } from '@sanggar/identity';
import { HandlesJob, type JobHandler, JobName, type JobPayloads } from '@sanggar/queue';
import { layoutEmail } from './email-layout.js';
import { type Email, Mailer, failureLabel } from './mailer.js';
import { EmailState, NotificationEntity, NotificationOptOutEntity } from './notification.entity.js';
import { NotificationKind, type NotificationParamsOf, type SessionFacts, categoryOf, notificationText } from './notification-kinds.js';
import { type InvitationMethod, sessionInvitation } from './session-invitation.js';
import { UnsubscribeLinks } from './unsubscribe-links.js';

/** Which notifications carry a calendar message, and which. */
const INVITATIONS: Partial<Record<NotificationKind, InvitationMethod>> = {
  [NotificationKind.SESSION_SCHEDULED]: 'REQUEST',
  [NotificationKind.SESSION_RESCHEDULED]: 'REQUEST',
  [NotificationKind.SESSION_CANCELLED]: 'CANCEL',
  [NotificationKind.SESSIONS_SCHEDULED]: 'PUBLISH',
};

/** "Sanggar <no-reply@x>" → its parts, for the ORGANIZER of invitations. */
function sender(mailFrom: string): { name: string; email: string } {
  const match = /^\s*"?([^"<]*)"?\s*<([^>]+)>\s*$/.exec(mailFrom);
  return match ? { name: match[1].trim() || 'Sanggar', email: match[2] } : { name: 'Sanggar', email: mailFrom.trim() };
}

/** The email of a notification, in the recipient's language, with its calendar message where it has one. */
export function composeNotificationEmail(
  notification: Pick<NotificationEntity, 'kind' | 'params'>,
  user: Pick<UserEntity, 'email' | 'fullName' | 'locale'>,
  links: { publicUrl: string; mailFrom: string; unsubscribeUrl: string },
): Email {
  const text = notificationText(notification.kind, notification.params as never, user.locale);
  const email = layoutEmail({
    to: user.email,
    locale: user.locale,
    subject: text.title,
    paragraphs: [`${user.locale === Locale.en ? 'Hello' : 'Halo'} ${user.fullName},`, ...text.paragraphs],
    action: { label: text.action.label, url: `${links.publicUrl}${text.action.path}` },
    unsubscribeUrl: links.unsubscribeUrl,
  });
  email.headers = { 'List-Unsubscribe': `<${links.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
  const method = INVITATIONS[notification.kind];
  if (method) {
    const sessions =
      notification.kind === NotificationKind.SESSIONS_SCHEDULED
        ? (notification.params as NotificationParamsOf[NotificationKind.SESSIONS_SCHEDULED]).sessions
        : [notification.params as SessionFacts];
    const content = sessionInvitation(sessions, method, sender(links.mailFrom), { name: user.fullName, email: user.email }, user.locale);
    email.icalEvent = { method, filename: method === 'CANCEL' ? 'batal.ics' : 'undangan.ics', content };
  }
  return email;
}

/**
 * Emails one notification, once: its row is locked while sending, and only a PENDING one is sent (a
 * notification dropped by an undo is gone; one the person turned off is marked SKIPPED).
 */
@Injectable()
@HandlesJob(JobName.SendNotificationEmail)
export class NotificationEmailHandler implements JobHandler<JobName.SendNotificationEmail> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly unsubscribe: UnsubscribeLinks,
    private readonly config: AppConfig,
  ) {}

  async handle({ notificationId }: JobPayloads[JobName.SendNotificationEmail]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const notification = await manager.findOne(NotificationEntity, {
        where: { id: notificationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (notification?.emailState !== EmailState.PENDING) return;
      const user = await manager.findOneBy(UserEntity, { id: notification.userId });
      const optedOut = await manager.existsBy(NotificationOptOutEntity, {
        userId: notification.userId,
        category: categoryOf[notification.kind],
      });
      if (!user || user.deactivatedAt || optedOut) {
        await manager.update(NotificationEntity, { id: notificationId }, { emailState: EmailState.SKIPPED });
        return;
      }
      const unsubscribeUrl = this.unsubscribe.url(user.id, categoryOf[notification.kind]);
      const email = composeNotificationEmail(notification, user, {
        publicUrl: this.config.PUBLIC_URL,
        mailFrom: this.config.MAIL_FROM,
        unsubscribeUrl,
      });
      await this.mailer.send(email, `notification-${notification.id}`);
      await manager.update(
        NotificationEntity,
        { id: notificationId },
        { emailState: EmailState.SENT, emailedAt: new Date(), emailError: null },
      );
    });
  }

  async exhausted({ notificationId }: JobPayloads[JobName.SendNotificationEmail], error: Error): Promise<void> {
    await this.dataSource
      .getRepository(NotificationEntity)
      .update({ id: notificationId, emailState: EmailState.PENDING }, { emailState: EmailState.FAILED, emailError: failureLabel(error) });
  }
}
