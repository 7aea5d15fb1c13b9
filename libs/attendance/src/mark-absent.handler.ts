import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Clock } from '@sanggar/core';
import { EnrollmentStatus } from '@sanggar/cohorts';
import { HandlesJob, type JobHandler, JobName, type JobPayloads } from '@sanggar/queue';
import { SessionStatus } from '@sanggar/scheduling';
import { AttendanceSource, AttendanceStatus } from './attendance-record.entity.js';

export class SessionNotEndedError extends Error {}

/**
 * When a session ends, every ENROLLED trainee seated when it started and without a record becomes ABSENT
 * (source AUTO). A session written after its end is marked LATE_REGISTER_HOURS after it was written.
 * ON CONFLICT DO NOTHING: it never overwrites a record, not even one written at the same moment.
 * A job planned for an older version of the session (moved or cancelled since) does nothing.
 */
@Injectable()
@HandlesJob(JobName.MarkAbsent)
export class MarkAbsentHandler implements JobHandler<JobName.MarkAbsent> {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async handle({ sessionId, sequence }: JobPayloads[JobName.MarkAbsent]): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // The register's lock: a mentor saving the register at the same moment goes before or after,
      // never interleaved (inserting the same rows in another order, the two deadlocked and the save failed).
      const [session] = await manager.query<
        {
          status: SessionStatus;
          sequence: number;
          ended: boolean;
        }[]
      >(`SELECT status, sequence, ends_at <= $2 AS ended FROM session WHERE id = $1 FOR UPDATE`, [sessionId, this.clock.now()]);
      if (!session || session.status !== SessionStatus.SCHEDULED || session.sequence !== sequence) return;
      // BullMQ's delay may fire a moment early: fail, and the retry comes after the end.
      if (!session.ended) throw new SessionNotEndedError(`session ${sessionId} has not ended yet`);
      await manager.query(
        `INSERT INTO attendance_record (session_id, trainee_id, status, source, recorded_at)
       SELECT s.id, e.trainee_id, $2, $3, now()
         FROM session s JOIN enrollment e ON e.cohort_id = s.cohort_id AND e.status = $4 AND e.seated_at <= s.starts_at
        WHERE s.id = $1
       ON CONFLICT (session_id, trainee_id) DO NOTHING`,
        [sessionId, AttendanceStatus.ABSENT, AttendanceSource.AUTO, EnrollmentStatus.ENROLLED],
      );
    });
  }
}
