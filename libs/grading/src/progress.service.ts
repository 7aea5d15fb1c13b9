import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AttendanceTallies, attendanceRate } from '@sanggar/attendance';
import { SubmissionStatus } from './grading.entities.js';
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
    private readonly tallies: AttendanceTallies,
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
          WHERE s.enrollment_id = ANY($1::uuid[]) AND s.status = $2
          ORDER BY s.enrollment_id, s.assignment_id, s.attempt DESC`,
        [ids, SubmissionStatus.GRADED],
      ),
      this.tallies.ofEnrollments(ids),
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
    const lessonsOf = new Map(lessons.map((row) => [row.curriculum_id, row.total]));
    const doneOf = new Map(completions.map((row) => [row.enrollment_id, row.done]));
    const byId = new Map(
      enrollments.map((enrollment): [string, ProgressWithSchedule] => {
        const tally = tallies.get(enrollment.id)!;
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
          attendance: tally.held,
          assignments: results,
          lessonsCompleted: doneOf.get(enrollment.id) ?? 0,
          lessonsTotal: lessonsOf.get(enrollment.curriculum_id) ?? 0,
        });
        const ofScheduled = attendanceRate(tally.scheduled);
        return [enrollment.id, { ...progress, attendanceRateOfScheduled: Math.round(ofScheduled * 10_000) / 10_000 }];
      }),
    );
    return ids.map((id) => byId.get(id));
  }
}
