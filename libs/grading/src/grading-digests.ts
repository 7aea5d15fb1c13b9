import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CohortStatus } from '@sanggar/cohorts';
import { AppConfig } from '@sanggar/core';
import { NotificationKind, Notifier } from '@sanggar/notifications';
import { SubmissionStatus } from './grading.entities.js';

interface WaitingRow {
  mentorId: string;
  day: string;
  cohorts: { cohortId: string; cohortName: string; waiting: number }[];
}

/** At most this many cohorts are named in one digest (a mentor has a handful). */
const COHORTS_PER_DIGEST = 20;

/**
 * Once a day, from GRADING_DIGEST_HOUR in the hub's time, each mentor with submissions waiting in
 * their cohorts gets one digest: how many, where (not one email per submission). Safe to run every
 * minute and from several workers: one digest per mentor and day.
 */
@Injectable()
export class GradingDigests {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifier: Notifier,
    private readonly config: AppConfig,
  ) {}

  /** Returns how many mentors it wrote to. */
  async sendDue(now: Date): Promise<number> {
    const due = await this.dataSource.query<WaitingRow[]>(
      `WITH waiting AS (
         SELECT cm.mentor_id, c.id AS cohort_id, c.name AS cohort_name, count(*)::int AS waiting,
                to_char(($1::timestamptz AT TIME ZONE h.timezone)::date, 'YYYY-MM-DD') AS day
           FROM submission s JOIN enrollment e ON e.id = s.enrollment_id JOIN cohort c ON c.id = e.cohort_id
           JOIN hub h ON h.id = c.hub_id JOIN cohort_mentor cm ON cm.cohort_id = c.id JOIN "user" u ON u.id = cm.mentor_id
          WHERE s.status = $2 AND c.status = ANY($3) AND u.deactivated_at IS NULL
            AND extract(hour FROM $1::timestamptz AT TIME ZONE h.timezone) >= $4
          GROUP BY cm.mentor_id, c.id, c.name, h.timezone)
       SELECT mentor_id AS "mentorId", min(day) AS day,
              (json_agg(json_build_object('cohortId', cohort_id, 'cohortName', cohort_name, 'waiting', waiting) ORDER BY cohort_name))
                AS cohorts
         FROM waiting w
        WHERE NOT EXISTS (SELECT 1 FROM notification n WHERE n.user_id = w.mentor_id AND n.dedupe_key = 'grading-digest:' || w.day)
        GROUP BY mentor_id`,
      [now, SubmissionStatus.SUBMITTED, [CohortStatus.RUNNING, CohortStatus.COMPLETED], this.config.GRADING_DIGEST_HOUR],
    );
    for (const { mentorId, day, cohorts } of due) {
      const named = cohorts.slice(0, COHORTS_PER_DIGEST);
      const total = cohorts.reduce((sum, cohort) => sum + cohort.waiting, 0);
      await this.dataSource.transaction((manager) =>
        this.notifier.notify(manager, { kind: NotificationKind.GRADING_DIGEST, params: { total, cohorts: named } }, [mentorId], {
          topic: 'grading-digest',
          dedupeKey: `grading-digest:${day}`,
          immediately: true,
        }),
      );
    }
    return due.length;
  }
}
