import { Injectable } from '@nestjs/common';
import { AppConfig } from '@sanggar/core';
import { IdentityService } from '@sanggar/identity';
import { HandlesJob, type JobHandler, JobName, type JobPayloads, jobIds } from '@sanggar/queue';
import { EmailOnceService } from './email-once.service.js';
import { welcomeEmail } from './templates.js';

@Injectable()
@HandlesJob(JobName.SendWelcomeEmail)
export class WelcomeEmailHandler implements JobHandler<JobName.SendWelcomeEmail> {
  constructor(
    private readonly identity: IdentityService,
    private readonly emails: EmailOnceService,
    private readonly config: AppConfig,
  ) {}

  async handle({ userId }: JobPayloads[JobName.SendWelcomeEmail]): Promise<void> {
    await this.emails.send(jobIds.welcomeEmail(userId), 'welcome', async () => {
      const user = await this.identity.getUser(userId);
      return welcomeEmail(user, `${this.config.PUBLIC_URL}/graphql`);
    });
  }
}
