import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CurriculaModule } from '@sanggar/curricula';
import { HubsModule } from '@sanggar/hubs';
import { IdentityModule } from '@sanggar/identity';
import { NotificationsModule } from '@sanggar/notifications';
import { CohortEntity, CohortMentorEntity } from './cohort.entity.js';
import { CohortRows } from './cohort-rows.js';
import { CohortsService } from './cohorts.service.js';
import { EnrollmentEntity } from './enrollment.entity.js';

export const cohortEntities = [CohortEntity, CohortMentorEntity, EnrollmentEntity];

@Module({
  imports: [TypeOrmModule.forFeature(cohortEntities), HubsModule, CurriculaModule, IdentityModule, NotificationsModule],
  // CohortRows: one per application; it trusts nothing until that application listens for changes (the api does).
  providers: [CohortsService, CohortRows],
  exports: [CohortsService, CohortRows],
})
export class CohortsModule {}
