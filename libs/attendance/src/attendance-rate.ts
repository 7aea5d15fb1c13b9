/** What the rate is computed from, for one trainee. */
export interface AttendanceTally {
  /** Non-cancelled sessions of the cohort that have ended. */
  countedSessions: number;
  present: number;
  late: number;
  excused: number;
}

/**
 * (PRESENT + LATE) / (counted sessions − EXCUSED). A counted session with no record counts as
 * missed. With nothing to count yet (no session held, or every one excused) the rate is 1: no
 * trainee is behind before anything happened.
 */
export function attendanceRate({ countedSessions, present, late, excused }: AttendanceTally): number {
  const expected = countedSessions - excused;
  if (expected <= 0) return 1;
  return Math.min(1, (present + late) / expected);
}
