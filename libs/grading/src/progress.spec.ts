import { type ProgressFacts, computeProgress } from './progress.js';

const rule = { minAttendanceRate: 0.8, minFinalScore: 70, requireAllAssignments: true };
const facts = (overrides: Partial<ProgressFacts> = {}): ProgressFacts => ({
  rule,
  attendance: { countedSessions: 10, present: 8, late: 0, excused: 0 },
  assignments: [
    { weight: 1, passingScore: 60, latestGradedScore: 80 },
    { weight: 3, passingScore: 60, latestGradedScore: 70 },
  ],
  lessonsCompleted: 2,
  lessonsTotal: 5,
  ...overrides,
});

describe('computeProgress', () => {
  it('is eligible exactly at every minimum', () => {
    const progress = computeProgress(facts());
    expect(progress).toEqual({
      attendanceRate: 0.8,
      finalScore: 72.5,
      assignmentsPassed: 2,
      assignmentsTotal: 2,
      lessonsCompleted: 2,
      lessonsTotal: 5,
      eligible: true,
      unmetRequirements: [],
    });
    const atScore = computeProgress(facts({ assignments: [{ weight: 1, passingScore: 70, latestGradedScore: 70 }] }));
    expect(atScore).toMatchObject({ finalScore: 70, assignmentsPassed: 1, eligible: true });
  });

  it('says which clause fails, with the numbers, in both languages', () => {
    const progress = computeProgress(
      facts({
        attendance: { countedSessions: 8, present: 5, late: 0, excused: 0 },
        assignments: [
          { weight: 1, passingScore: 60, latestGradedScore: 55.5 },
          { weight: 1, passingScore: 60, latestGradedScore: null },
        ],
      }),
    );
    expect(progress.eligible).toBe(false);
    expect(progress.attendanceRate).toBe(0.625);
    expect(progress.finalScore).toBe(27.75);
    expect(progress.unmetRequirements).toEqual([
      { id: 'Kehadiran 62% di bawah minimum 80%', en: 'Attendance 62% is below the required 80%' },
      { id: 'Nilai akhir 27,75 di bawah minimum 70', en: 'Final score 27.75 is below the required 70' },
      { id: 'Baru 0 dari 2 tugas lulus; semua tugas harus lulus', en: 'Only 0 of 2 assignments passed; all must pass' },
    ]);
  });

  it('counts a missing or ungraded assignment as 0 in the final score', () => {
    const progress = computeProgress(
      facts({
        assignments: [
          { weight: 1, passingScore: 50, latestGradedScore: 100 },
          { weight: 1, passingScore: 50, latestGradedScore: null },
        ],
      }),
    );
    expect(progress.finalScore).toBe(50);
    expect(progress.assignmentsPassed).toBe(1);
  });

  it('does not require every assignment when the rule does not', () => {
    const progress = computeProgress(
      facts({
        rule: { ...rule, requireAllAssignments: false },
        assignments: [
          { weight: 9, passingScore: 60, latestGradedScore: 90 },
          { weight: 1, passingScore: 60, latestGradedScore: 10 },
        ],
      }),
    );
    expect(progress).toMatchObject({ finalScore: 82, assignmentsPassed: 1, eligible: true });
  });

  it('is not behind on attendance before any session was held, nor when every held session was excused', () => {
    expect(computeProgress(facts({ attendance: { countedSessions: 0, present: 0, late: 0, excused: 0 } })).attendanceRate).toBe(1);
    expect(computeProgress(facts({ attendance: { countedSessions: 3, present: 0, late: 0, excused: 3 } })).eligible).toBe(true);
  });

  it('floors a percentage that falls just short, so it never reads as the minimum', () => {
    const progress = computeProgress(facts({ attendance: { countedSessions: 1000, present: 799, late: 0, excused: 0 } }));
    expect(progress.unmetRequirements[0].en).toBe('Attendance 79% is below the required 80%');
  });
});
