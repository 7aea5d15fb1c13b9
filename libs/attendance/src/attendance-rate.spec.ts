import { attendanceRate } from './attendance-rate.js';

describe('attendanceRate', () => {
  it('counts PRESENT and LATE over the held sessions that were not excused', () => {
    expect(attendanceRate({ countedSessions: 10, present: 6, late: 2, excused: 0 })).toBe(0.8);
    expect(attendanceRate({ countedSessions: 10, present: 6, late: 2, excused: 2 })).toBe(1);
    expect(attendanceRate({ countedSessions: 4, present: 1, late: 0, excused: 1 })).toBeCloseTo(1 / 3);
  });

  it('counts a held session without any record as missed', () => {
    expect(attendanceRate({ countedSessions: 5, present: 0, late: 0, excused: 0 })).toBe(0);
  });

  it('is 1 before any session was held, and when every held session was excused', () => {
    expect(attendanceRate({ countedSessions: 0, present: 0, late: 0, excused: 0 })).toBe(1);
    expect(attendanceRate({ countedSessions: 3, present: 0, late: 0, excused: 3 })).toBe(1);
  });
});
