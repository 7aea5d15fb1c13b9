import type { LocalizedText } from '@sanggar/core';
import type { CompletionRule } from '@sanggar/curricula';
import { type AttendanceTally, attendanceRate } from '@sanggar/attendance';

export type { CompletionRule };

export interface AssignmentResult {
  weight: number;
  passingScore: number;
  /** The score of the latest GRADED attempt; null when none is graded (counts as 0). */
  latestGradedScore: number | null;
}

export interface ProgressFacts {
  rule: CompletionRule;
  attendance: AttendanceTally;
  assignments: AssignmentResult[];
  lessonsCompleted: number;
  lessonsTotal: number;
}

export interface Progress {
  attendanceRate: number;
  finalScore: number;
  assignmentsPassed: number;
  assignmentsTotal: number;
  lessonsCompleted: number;
  lessonsTotal: number;
  eligible: boolean;
  unmetRequirements: LocalizedText[];
}

const round2 = (value: number) => Math.round(value * 100) / 100;
// Floored, so 79.9% never reads as the 80% it falls short of.
const percent = (rate: number) => `${Math.floor(rate * 100 + 1e-9)}%`;
/** 65.5 in English, 65,5 in Bahasa Indonesia. */
const decimal = (value: number, locale: 'id' | 'en') => (locale === 'id' ? String(value).replace('.', ',') : String(value));

/**
 * Where a trainee stands against the curriculum's completion rule. The final score is the weighted
 * mean of every assignment's latest graded score, an ungraded or missing assignment counting as 0
 * (weights are > 0, enforced when assignments are created). Lessons are informational only.
 */
export function computeProgress({ rule, attendance, assignments, lessonsCompleted, lessonsTotal }: ProgressFacts): Progress {
  const rate = attendanceRate(attendance);
  const totalWeight = assignments.reduce((sum, a) => sum + a.weight, 0);
  const finalScore =
    totalWeight === 0 ? 0 : round2(assignments.reduce((sum, a) => sum + a.weight * (a.latestGradedScore ?? 0), 0) / totalWeight);
  const assignmentsPassed = assignments.filter((a) => a.latestGradedScore !== null && a.latestGradedScore >= a.passingScore).length;

  const unmet: LocalizedText[] = [];
  if (rate < rule.minAttendanceRate) {
    unmet.push({
      id: `Kehadiran ${percent(rate)} di bawah minimum ${percent(rule.minAttendanceRate)}`,
      en: `Attendance ${percent(rate)} is below the required ${percent(rule.minAttendanceRate)}`,
    });
  }
  if (finalScore < rule.minFinalScore) {
    unmet.push({
      id: `Nilai akhir ${decimal(finalScore, 'id')} di bawah minimum ${decimal(rule.minFinalScore, 'id')}`,
      en: `Final score ${decimal(finalScore, 'en')} is below the required ${decimal(rule.minFinalScore, 'en')}`,
    });
  }
  if (rule.requireAllAssignments && assignmentsPassed < assignments.length) {
    unmet.push({
      id: `Baru ${assignmentsPassed} dari ${assignments.length} tugas lulus; semua tugas harus lulus`,
      en: `Only ${assignmentsPassed} of ${assignments.length} assignments passed; all must pass`,
    });
  }
  return {
    attendanceRate: Math.round(rate * 10_000) / 10_000,
    finalScore,
    assignmentsPassed,
    assignmentsTotal: assignments.length,
    lessonsCompleted,
    lessonsTotal,
    eligible: unmet.length === 0,
    unmetRequirements: unmet,
  };
}
