import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig, Locale, formatSpan } from '@sanggar/core';
import { IdentityService } from '@sanggar/identity';
import { EmailOnceService, type OfficeHourNotice, officeHourEmail } from '@sanggar/notifications';
import { HandlesJob, type JobHandler, JobName, type JobPayloads, type OfficeHourChange, jobIds } from '@sanggar/queue';
import { placeOf } from '@sanggar/scheduling';
import { MentorshipErrors } from './mentorship.errors.js';

interface NoticeRow {
  agenda: string;
  starts_at: Date;
  ends_at: Date;
  mentor_id: string;
  startup_name: string;
  timezone: string;
  mentor_name: string;
  by_id: string;
  by_name: string;
  room_name: string | null;
  hub_name: string | null;
  hub_city: string | null;
  member_ids: string[];
}

/** Tells the mentor and every member of the start-up that a booking was made or cancelled, each once. */
@Injectable()
@HandlesJob(JobName.SendOfficeHourEmails)
export class OfficeHourEmailsHandler implements JobHandler<JobName.SendOfficeHourEmails> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityService,
    private readonly emails: EmailOnceService,
    private readonly config: AppConfig,
  ) {}

  async handle({ bookingId, change }: JobPayloads[JobName.SendOfficeHourEmails]): Promise<void> {
    const { recipientIds, ...notice } = await this.notice(bookingId, change);
    for (const recipient of await this.identity.usersByIds(recipientIds)) {
      if (!recipient) continue;
      await this.emails.send(jobIds.officeHourEmail(bookingId, change, recipient.id), `office-hour-${change}`, async () =>
        officeHourEmail(
          recipient,
          notice,
          change === 'cancelled',
          `${this.config.PUBLIC_URL}${recipient.id === notice.mentorId ? '/teach/office-hours' : '/startup'}`,
        ),
      );
    }
  }

  /** Every person not yet told is listed for admins, with this job to send again. */
  async exhausted(data: JobPayloads[JobName.SendOfficeHourEmails], error: Error): Promise<void> {
    const { bookingId, change } = data;
    const { recipientIds } = await this.notice(bookingId, change);
    const job = { name: JobName.SendOfficeHourEmails, data } as const;
    for (const recipientId of recipientIds) {
      await this.emails.failed(jobIds.officeHourEmail(bookingId, change, recipientId), `office-hour-${change}`, recipientId, job, error);
    }
  }

  /** Everything a booking's or cancellation's emails say (`by`: who booked, or who cancelled), with times in the start-up's hub's time zone. */
  async notice(bookingId: string, change: OfficeHourChange): Promise<OfficeHourNotice & { mentorId: string; recipientIds: string[] }> {
    const [row] = await this.dataSource.query<NoticeRow[]>(
      `SELECT b.agenda, s.starts_at, s.ends_at, s.mentor_id, st.name AS startup_name, sh.timezone, mentor.full_name AS mentor_name,
              actor.id AS by_id, actor.full_name AS by_name, r.name AS room_name, rh.name AS hub_name, rh.city AS hub_city,
              array(SELECT trainee_id FROM startup_member WHERE startup_id = b.startup_id ORDER BY trainee_id) AS member_ids
         FROM office_hour_booking b JOIN office_hour_slot s ON s.id = b.slot_id
         JOIN startup st ON st.id = b.startup_id JOIN hub sh ON sh.id = st.hub_id
         JOIN "user" mentor ON mentor.id = s.mentor_id JOIN "user" actor ON actor.id = CASE WHEN $2 = 'cancelled' THEN b.cancelled_by ELSE b.booked_by END
         LEFT JOIN room r ON r.id = s.room_id LEFT JOIN hub rh ON rh.id = r.hub_id
        WHERE b.id = $1`,
      [bookingId, change],
    );
    if (!row) throw MentorshipErrors.slotNotFound();
    const when = (locale: Locale) => formatSpan(row.starts_at, row.ends_at, row.timezone, locale);
    return {
      startupName: row.startup_name,
      mentorName: row.mentor_name,
      by: { id: row.by_id, fullName: row.by_name },
      agenda: row.agenda,
      when: { id: when(Locale.id), en: when(Locale.en) },
      place: row.room_name ? placeOf(row.room_name, row.hub_name!, row.hub_city!) : null,
      mentorId: row.mentor_id,
      recipientIds: [row.mentor_id, ...row.member_ids],
    };
  }
}
