import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@sanggar/identity';
import { EmailDeliveryEntity } from './email-delivery.entity.js';
import { EmailOnceService } from './email-once.service.js';
import { Mailer } from './mailer.js';
import { accountEmailProviders } from './account-emails.handler.js';
import { NotificationEntity, NotificationOptOutEntity } from './notification.entity.js';
import { NotificationEmailHandler } from './notification-email.handler.js';
import { NotificationsService } from './notifications.service.js';
import { Notifier } from './notifier.js';
import { UnsubscribeLinks } from './unsubscribe-links.js';

export const notificationEntities = [EmailDeliveryEntity, NotificationEntity, NotificationOptOutEntity];

/** Recording notifications and reading them (api, and every context that tells people something). */
@Module({
  imports: [TypeOrmModule.forFeature(notificationEntities)],
  providers: [Notifier, NotificationsService, UnsubscribeLinks],
  exports: [Notifier, NotificationsService, UnsubscribeLinks],
})
export class NotificationsModule {}

/** For the worker: sending emails. */
@Module({
  imports: [TypeOrmModule.forFeature(notificationEntities), IdentityModule],
  providers: [Mailer, EmailOnceService, UnsubscribeLinks, NotificationEmailHandler, ...accountEmailProviders],
  exports: [EmailOnceService, Mailer, UnsubscribeLinks],
})
export class NotificationJobsModule {}
