import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { HubsModule } from '@sanggar/hubs';
import { IdentityModule } from '@sanggar/identity';
import { NotificationJobsModule } from '@sanggar/notifications';
import { SchedulingModule } from '@sanggar/scheduling';
import {
  MentorProfileEntity,
  OfficeHourBookingEntity,
  OfficeHourSlotEntity,
  StartupEntity,
  StartupMemberEntity,
  StartupMentorEntity,
} from './mentorship.entities.js';
import { MentorshipService } from './mentorship.service.js';
import { OfficeHourEmailsHandler } from './office-hour-emails.handler.js';
import { OfficeHoursService } from './office-hours.service.js';

export const mentorshipEntities = [
  MentorProfileEntity,
  StartupEntity,
  StartupMemberEntity,
  StartupMentorEntity,
  OfficeHourSlotEntity,
  OfficeHourBookingEntity,
];

@Module({
  imports: [TypeOrmModule.forFeature(mentorshipEntities), HubsModule, IdentityModule, SchedulingModule],
  providers: [MentorshipService, OfficeHoursService],
  exports: [MentorshipService, OfficeHoursService],
})
export class MentorshipModule {}

/** What the worker needs to send the office-hour emails. */
@Module({
  imports: [MentorshipModule, IdentityModule, NotificationJobsModule],
  providers: [OfficeHourEmailsHandler],
})
export class MentorshipJobsModule {}
