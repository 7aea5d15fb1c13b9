import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { type AttendanceTally, attendanceRate } from '@sanggar/attendance';
import { Clock } from '@sanggar/core';
import { type AssignmentResult, type CompletionRule, type Progress, computeProgress } from './progress.js';

interface EnrollmentRow {
  id: string;
  curriculum_id: string;
  min_attendance_rate: number;
  min_final_score: number;
  require_all_assignments: boolean;
}

export interface ProgressWithSchedule extends Progress {
  /** (PRESENT + LATE) over every scheduled (non-cancelled) session, held or not: the report's second view. */
  attendanceRateOfScheduled: number;
}

/**
 * Progress for many enrollments in a fixed number of statements (six), whatever the number of
 * trainees, assignments or sessions: what the roster, the report and certificate issuance use.
 */
@Injectable()
export class ProgressService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async progressOf(enrollmentIds: readonly string[]): Promise<(ProgressWithSchedule | undefined)[]> {
    const ids = [...enrollmentIds];
    const enrollments = await this.dataSource.query<EnrollmentRow[]>(
      `SELECT e.id, c.curriculum_id, cu.min_attendance_rate, cu.min_final_score, cu.require_all_assignments
         FROM enrollment e JOIN cohort c ON c.id = e.cohort_id JOIN curriculum cu ON cu.id = c.curriculum_id
        WHERE e.id = ANY($1::uuid[])`,
      [ids],
    );
    const curriculumIds = [...new Set(enrollments.map((row) => row.curriculum_id))];
    const [assignments, scores, tallies, lessons, completions] = await Promise.all([
      this.dataSource.query<{ id: string; curriculum_id: string; weight: number; passing_score: number }[]>(
        `SELECT a.id, m.curriculum_id, a.weight, a.passing_score FROM assignment a JOIN curriculum_module m ON m.id = a.module_id
          WHERE m.curriculum_id = ANY($1::uuid[])`,
        [curriculumIds],
      ),
      // The newest grade of the newest GRADED attempt of each assignment.
      this.dataSource.query<{ enrollment_id: string; assignment_id: string; score: string }[]>(
        `SELECT DISTINCT ON (s.enrollment_id, s.assignment_id) s.enrollment_id, s.assignment_id, g.score
           FROM submission s
           JOIN LATERAL (SELECT score FROM grade WHERE submission_id = s.id ORDER BY graded_at DESC LIMIT 1) g ON true
          WHERE s.enrollment_id = ANY($1::uuid[]) AND s.status = 'GRADED'
          ORDER BY s.enrollment_id, s.assignment_id, s.attempt DESC`,
        [ids],
      ),
      this.dataSource.query<
        {
          enrollment_id: string;
          held: number;
          scheduled: number;
          present: number;
          late: number;
          excused: number;
          attended_all: number;
          excused_all: number;
        }[]
      >(
        `SELECT e.id AS enrollment_id,
                count(*) FILTER (WHERE s.ends_at <= $2)::int AS held,
                count(*)::int AS scheduled,
                count(*) FILTER (WHERE s.ends_at <= $2 AND ar.status = 'PRESENT')::int AS present,
                count(*) FILTER (WHERE s.ends_at <= $2 AND ar.status = 'LATE')::int AS late,
                count(*) FILTER (WHERE s.ends_at <= $2 AND ar.status = 'EXCUSED')::int AS excused,
                count(*) FILTER (WHERE ar.status IN ('PRESENT', 'LATE'))::int AS attended_all,
                count(*) FILTER (WHERE ar.status = 'EXCUSED')::int AS excused_all
           FROM enrollment e
           JOIN session s ON s.cohort_id = e.cohort_id AND s.status = 'SCHEDULED'
           LEFT JOIN attendance_record ar ON ar.session_id = s.id AND ar.trainee_id = e.trainee_id
          WHERE e.id = ANY($1::uuid[])
          GROUP BY e.id`,
        [ids, this.clock.now()],
      ),
      this.dataSource.query<{ curriculum_id: string; total: number }[]>(
        `SELECT m.curriculum_id, count(l.id)::int AS total FROM curriculum_module m JOIN lesson l ON l.module_id = m.id
          WHERE m.curriculum_id = ANY($1::uuid[]) GROUP BY m.curriculum_id`,
        [curriculumIds],
      ),
      this.dataSource.query<{ enrollment_id: string; done: number }[]>(
        `SELECT enrollment_id, count(*)::int AS done FROM lesson_completion WHERE enrollment_id = ANY($1::uuid[]) GROUP BY enrollment_id`,
        [ids],
      ),
    ]);

    const scoreOf = new Map(scores.map((row) => [`${row.enrollment_id}:${row.assignment_id}`, Number(row.score)]));
    const tallyOf = new Map(tallies.map((row) => [row.enrollment_id, row]));
    const lessonsOf = new Map(lessons.map((row) => [row.curriculum_id, row.total]));
    const doneOf = new Map(completions.map((row) => [row.enrollment_id, row.done]));
    const byId = new Map(
      enrollments.map((enrollment): [string, ProgressWithSchedule] => {
        const tally = tallyOf.get(enrollment.id);
        const attendance: AttendanceTally = {
          countedSessions: tally?.held ?? 0,
          present: tally?.present ?? 0,
          late: tally?.late ?? 0,
          excused: tally?.excused ?? 0,
        };
        const rule: CompletionRule = {
          minAttendanceRate: enrollment.min_attendance_rate,
          minFinalScore: enrollment.min_final_score,
          requireAllAssignments: enrollment.require_all_assignments,
        };
        const results: AssignmentResult[] = assignments
          .filter((assignment) => assignment.curriculum_id === enrollment.curriculum_id)
          .map((assignment) => ({
            weight: assignment.weight,
            passingScore: assignment.passing_score,
            latestGradedScore: scoreOf.get(`${enrollment.id}:${assignment.id}`) ?? null,
          }));
        const progress = computeProgress({
          rule,
          attendance,
          assignments: results,
          lessonsCompleted: doneOf.get(enrollment.id) ?? 0,
          lessonsTotal: lessonsOf.get(enrollment.curriculum_id) ?? 0,
        });
        const ofScheduled = attendanceRate({
          countedSessions: tally?.scheduled ?? 0,
          present: tally?.attended_all ?? 0,
          late: 0,
          excused: tally?.excused_all ?? 0,
        });
        return [enrollment.id, { ...progress, attendanceRateOfScheduled: Math.round(ofScheduled * 10_000) / 10_000 }];
      }),
    );
    return ids.map((id) => byId.get(id));
  }
}
