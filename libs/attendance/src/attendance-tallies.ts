import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@sanggar/core';
import { SessionStatus } from '@sanggar/scheduling';
import type { AttendanceTally } from './attendance-rate.js';
import { AttendanceStatus } from './attendance-record.entity.js';

/**
 * A trainee's attendance counted two ways: over the sessions held so far, and over every scheduled one.
 * A session counts for a trainee when it started once they had a seat, or when a mentor entered a record
 * for them on purpose: a late joiner does not miss what was held before they were in (the hub's
 * attendance applies the same rule).
 */
export interface EnrollmentTallies {
  held: AttendanceTally;
  /** Every non-cancelled session, held or not (PRESENT and LATE both in `present`): the report's second view. */
  scheduled: AttendanceTally;
}

const NOTHING: AttendanceTally = { countedSessions: 0, present: 0, late: 0, excused: 0 };

/** Attendance counted per enrollment, for progress, reports and certificates: one statement for any number. */
@Injectable()
export class AttendanceTallies {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async ofEnrollments(enrollmentIds: readonly string[]): Promise<Map<string, EnrollmentTallies>> {
    const rows = await this.dataSource.query<
      {
        enrollment_id: string;
        held: number;
        scheduled: number;
        present: number;
        late: number;
        excused: number;
        excused_all: number;
        attended_all: number;
      }[]
    >(
      // Per enrollment its cohort's sessions, and per session one lookup on (session_id, trainee_id).
      // OFFSET 0 and LIMIT 1 keep the planner from flattening the LATERALs into a hash join over the
      // hub's whole attendance history, so the cost follows the roster, not the years behind it.
      `SELECT e.id AS enrollment_id,
              count(*) FILTER (WHERE s.ends_at <= $2)::int AS held,
              count(*)::int AS scheduled,
              count(*) FILTER (WHERE s.ends_at <= $2 AND ar.status = $4)::int AS present,
              count(*) FILTER (WHERE s.ends_at <= $2 AND ar.status = $5)::int AS late,
              count(*) FILTER (WHERE s.ends_at <= $2 AND ar.status = $6)::int AS excused,
              count(*) FILTER (WHERE ar.status IN ($4, $5))::int AS attended_all,
              count(*) FILTER (WHERE ar.status = $6)::int AS excused_all
         FROM enrollment e
        CROSS JOIN LATERAL (SELECT id, starts_at, ends_at FROM session WHERE cohort_id = e.cohort_id AND status = $3 OFFSET 0) s
         LEFT JOIN LATERAL (SELECT r.status FROM attendance_record r WHERE r.session_id = s.id AND r.trainee_id = e.trainee_id LIMIT 1) ar ON true
        WHERE e.id = ANY($1::uuid[]) AND (s.starts_at >= e.seated_at OR ar.status IS NOT NULL)
        GROUP BY e.id`,
      [
        [...enrollmentIds],
        this.clock.now(),
        SessionStatus.SCHEDULED,
        AttendanceStatus.PRESENT,
        AttendanceStatus.LATE,
        AttendanceStatus.EXCUSED,
      ],
    );
    const found = new Map(
      rows.map((row): [string, EnrollmentTallies] => [
        row.enrollment_id,
        {
          held: { countedSessions: row.held, present: row.present, late: row.late, excused: row.excused },
          scheduled: { countedSessions: row.scheduled, present: row.attended_all, late: 0, excused: row.excused_all },
        },
      ]),
    );
    return new Map(enrollmentIds.map((id) => [id, found.get(id) ?? { held: NOTHING, scheduled: NOTHING }]));
  }
}
