import { Injectable } from '@nestjs/common';
import { AppConfig } from '@sanggar/core';
import { AccountTokenPurpose, IdentityService } from '@sanggar/identity';
import { HandlesJob, type JobHandler, JobName, type JobPayloads, jobIds } from '@sanggar/queue';
import { EmailOnceService } from './email-once.service.js';
import type { Email } from './mailer.js';
import { appLinks, invitationEmail, resetPasswordEmail, signUpNoticeEmail, verifyEmailEmail, welcomeEmail } from './templates.js';

/** The template of each account link's email (its name in email_delivery). */
const LINK_TEMPLATES: Record<AccountTokenPurpose, string> = {
  [AccountTokenPurpose.VerifyEmail]: 'verify-email',
  [AccountTokenPurpose.ResetPassword]: 'reset-password',
  [AccountTokenPurpose.Invitation]: 'invitation',
};

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

  async exhausted(data: JobPayloads[JobName.SendWelcomeEmail], error: Error): Promise<void> {
    const job = { name: JobName.SendWelcomeEmail, data } as const;
    await this.account.emails.failed(jobIds.welcomeEmail(data.userId), 'welcome', data.userId, job, error);
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
    const build: Record<AccountTokenPurpose, () => Email> = {
      [AccountTokenPurpose.VerifyEmail]: () => verifyEmailEmail(link.user, links.verifyEmail(link.token)),
      [AccountTokenPurpose.ResetPassword]: () => resetPasswordEmail(link.user, links.resetPassword(link.token)),
      [AccountTokenPurpose.Invitation]: () => invitationEmail(link.user, links.invitation(link.token)),
    };
    await this.account.emails.send(jobIds.accountEmail(tokenId), LINK_TEMPLATES[link.purpose], async () => build[link.purpose]());
  }

  async exhausted(data: JobPayloads[JobName.SendAccountEmail], error: Error): Promise<void> {
    const owner = await this.account.identity.accountTokenOwner(data.tokenId);
    if (!owner) return;
    const job = { name: JobName.SendAccountEmail, data } as const;
    await this.account.emails.failed(jobIds.accountEmail(data.tokenId), LINK_TEMPLATES[owner.purpose], owner.userId, job, error);
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

  async exhausted(data: JobPayloads[JobName.SendSignUpNotice], error: Error): Promise<void> {
    const job = { name: JobName.SendSignUpNotice, data } as const;
    await this.account.emails.failed(jobIds.signUpNotice(data.userId, data.hour), 'sign-up-notice', data.userId, job, error);
  }
}

export const accountEmailProviders = [AccountEmails, WelcomeEmailHandler, AccountLinkEmailHandler, SignUpNoticeHandler];
