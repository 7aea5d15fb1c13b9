import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@sanggar/identity';
import { EmailDeliveryEntity } from './email-delivery.entity.js';
import { EmailOnceService } from './email-once.service.js';
import { Mailer } from './mailer.js';
import { accountEmailProviders } from './account-emails.handler.js';

@Module({
  imports: [TypeOrmModule.forFeature([EmailDeliveryEntity]), IdentityModule],
  providers: [Mailer, EmailOnceService, ...accountEmailProviders],
  exports: [EmailOnceService],
})
export class NotificationsModule {}
