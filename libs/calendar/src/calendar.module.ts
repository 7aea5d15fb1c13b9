import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IdentityModule } from '@sanggar/identity';
import { MentorshipModule } from '@sanggar/mentorship';
import { SchedulingModule } from '@sanggar/scheduling';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { CalendarFeedService } from './calendar-feed.service.js';

export const calendarEntities = [CalendarFeedEntity];

/** Personal calendar feeds: a person's sessions and office hours in one ICS document. */
@Module({
  imports: [TypeOrmModule.forFeature(calendarEntities), SchedulingModule, MentorshipModule, IdentityModule],
  providers: [CalendarFeedService],
  exports: [CalendarFeedService],
})
export class CalendarModule {}
