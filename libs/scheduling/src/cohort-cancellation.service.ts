import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type CohortEntity, CohortsService } from '@sanggar/cohorts';
import type { AuthUser } from '@sanggar/core';
import { SchedulingService } from './scheduling.service.js';

/**
 * Ending a cohort early: the cohort is CANCELLED and, in the same transaction, its sessions still to
 * come are cancelled (rooms and mentors free again); sessions already held stay, with their attendance.
 * It lives here because the cohort's sessions do: cohorts may not depend on scheduling.
 */
@Injectable()
export class CohortCancellation {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cohorts: CohortsService,
    private readonly scheduling: SchedulingService,
  ) {}

  async cancel(user: AuthUser, cohortId: string): Promise<CohortEntity> {
    const { cohort, sessions } = await this.dataSource.transaction(async (manager) => ({
      cohort: await this.cohorts.cancelCohort(user, cohortId, manager),
      sessions: await this.scheduling.cancelSessionsToCome(manager, cohortId),
    }));
    await this.scheduling.forgetAbsenceJobs(sessions);
    return cohort;
  }
}
