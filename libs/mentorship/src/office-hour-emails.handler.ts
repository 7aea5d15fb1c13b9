import { Injectable } from '@nestjs/common';
import { IdentityService } from '@sanggar/identity';
import { EmailOnceService, officeHourEmail } from '@sanggar/notifications';
import { HandlesJob, type JobHandler, JobName, type JobPayloads, jobIds } from '@sanggar/queue';
import { OfficeHoursService } from './office-hours.service.js';

/** Tells the mentor and every member of the start-up that a booking was made or cancelled, each once. */
@Injectable()
@HandlesJob(JobName.SendOfficeHourEmails)
export class OfficeHourEmailsHandler implements JobHandler<JobName.SendOfficeHourEmails> {
  constructor(
    private readonly officeHours: OfficeHoursService,
    private readonly identity: IdentityService,
    private readonly emails: EmailOnceService,
  ) {}

  async handle({ bookingId, change }: JobPayloads[JobName.SendOfficeHourEmails]): Promise<void> {
    const { recipientIds, ...notice } = await this.officeHours.notice(bookingId, change);
    for (const recipient of await this.identity.usersByIds(recipientIds)) {
      if (!recipient) continue;
      await this.emails.send(jobIds.officeHourEmail(bookingId, change, recipient.id), `office-hour-${change}`, async () =>
        officeHourEmail(recipient, notice, change === 'cancelled'),
      );
    }
  }
}
