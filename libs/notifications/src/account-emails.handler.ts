import { Injectable } from '@nestjs/common';
import { AppConfig } from '@sanggar/core';
import { AccountTokenPurpose, IdentityService } from '@sanggar/identity';
import { HandlesJob, type JobHandler, JobName, type JobPayloads, jobIds } from '@sanggar/queue';
import { EmailOnceService } from './email-once.service.js';
import type { Email } from './mailer.js';
import { appLinks, invitationEmail, resetPasswordEmail, signUpNoticeEmail, verifyEmailEmail, welcomeEmail } from './templates.js';

/** Emails about a person's account: welcome, links (confirm, reset, invitation), sign-up attempts. Each once. */
@Injectable()
class AccountEmails {
  constructor(
    readonly identity: IdentityService,
    readonly emails: EmailOnceService,
    private readonly config: AppConfig,
  ) {}

  get links() {
    return appLinks(this.config.PUBLIC_URL);
  }
}

@Injectable()
@HandlesJob(JobName.SendWelcomeEmail)
export class WelcomeEmailHandler implements JobHandler<JobName.SendWelcomeEmail> {
  constructor(private readonly account: AccountEmails) {}

  async handle({ userId }: JobPayloads[JobName.SendWelcomeEmail]): Promise<void> {
    await this.account.emails.send(jobIds.welcomeEmail(userId), 'welcome', async () =>
      welcomeEmail(await this.account.identity.getUser(userId), this.account.links.home),
    );
  }
}

@Injectable()
@HandlesJob(JobName.SendAccountEmail)
export class AccountLinkEmailHandler implements JobHandler<JobName.SendAccountEmail> {
  constructor(private readonly account: AccountEmails) {}

  async handle({ tokenId }: JobPayloads[JobName.SendAccountEmail]): Promise<void> {
    // A link used or expired before the job ran is not worth sending.
    const link = await this.account.identity.accountLink(tokenId);
    if (!link) return;
    const { links } = this.account;
    const emails: Record<AccountTokenPurpose, { template: string; build: () => Email }> = {
      [AccountTokenPurpose.VerifyEmail]: {
        template: 'verify-email',
        build: () => verifyEmailEmail(link.user, links.verifyEmail(link.token)),
      },
      [AccountTokenPurpose.ResetPassword]: {
        template: 'reset-password',
        build: () => resetPasswordEmail(link.user, links.resetPassword(link.token)),
      },
      [AccountTokenPurpose.Invitation]: { template: 'invitation', build: () => invitationEmail(link.user, links.invitation(link.token)) },
    };
    const { template, build } = emails[link.purpose];
    await this.account.emails.send(jobIds.accountEmail(tokenId), template, async () => build());
  }
}

@Injectable()
@HandlesJob(JobName.SendSignUpNotice)
export class SignUpNoticeHandler implements JobHandler<JobName.SendSignUpNotice> {
  constructor(private readonly account: AccountEmails) {}

  async handle({ userId, hour }: JobPayloads[JobName.SendSignUpNotice]): Promise<void> {
    await this.account.emails.send(jobIds.signUpNotice(userId, hour), 'sign-up-notice', async () =>
      signUpNoticeEmail(await this.account.identity.getUser(userId), this.account.links),
    );
  }
}

export const accountEmailProviders = [AccountEmails, WelcomeEmailHandler, AccountLinkEmailHandler, SignUpNoticeHandler];
