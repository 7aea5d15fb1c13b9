import { Module } from '@nestjs/common';
import { CohortCancellation } from './cohort-cancellation.service.js';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CohortsModule } from '@sanggar/cohorts';
import { HubsModule } from '@sanggar/hubs';
import { NotificationsModule } from '@sanggar/notifications';
import { ReservationEntity } from './reservation.entity.js';
import { ReservationsService } from './reservations.service.js';
import { SchedulingService } from './scheduling.service.js';
import { SessionNotices } from './session-notices.js';
import { SessionEntity } from './session.entity.js';

export const schedulingEntities = [SessionEntity, ReservationEntity];

@Module({
  imports: [TypeOrmModule.forFeature(schedulingEntities), CohortsModule, HubsModule, NotificationsModule],
  providers: [SchedulingService, ReservationsService, CohortCancellation, SessionNotices],
  exports: [SchedulingService, ReservationsService, CohortCancellation, SessionNotices],
})
export class SchedulingModule {}
