import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@sanggar/identity';
import { EmailDeliveryEntity } from './email-delivery.entity.js';
import { EmailOnceService } from './email-once.service.js';
import { Mailer } from './mailer.js';
import { WelcomeEmailHandler } from './welcome-email.handler.js';

@Module({
  imports: [TypeOrmModule.forFeature([EmailDeliveryEntity]), IdentityModule],
  providers: [Mailer, EmailOnceService, WelcomeEmailHandler],
  exports: [EmailOnceService],
})
export class NotificationsModule {}
