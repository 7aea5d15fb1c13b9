import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '@sanggar/cohorts';
import { HubsModule } from '@sanggar/hubs';
import { IdentityModule } from '@sanggar/identity';
import { CalendarFeedEntity } from './calendar-feed.entity.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { SchedulingService } from './scheduling.service.js';
import { SessionEntity } from './session.entity.js';

export const schedulingEntities = [SessionEntity, CalendarFeedEntity];

@Module({
  imports: [TypeOrmModule.forFeature(schedulingEntities), CohortsModule, HubsModule, IdentityModule],
  providers: [SchedulingService, CalendarFeedService],
  exports: [SchedulingService, CalendarFeedService],
})
export class SchedulingModule {}
