import { formatInZone, localDate } from '@sanggar/core';
import { Weekday, expandRecurrence } from './recurrence.js';

describe('expandRecurrence', () => {
  it('gives MON+WED 09:00 for 120 minutes over four weeks from a Monday as 8 sessions, stored in UTC', () => {
    const sessions = expandRecurrence({
      weekdays: [Weekday.MON, Weekday.WED],
      startTime: '09:00',
      durationMinutes: 120,
      fromDate: '2026-12-07',
      untilDate: '2027-01-01',
      timezone: 'Asia/Jakarta',
    });
    expect(sessions).toHaveLength(8);
    expect(sessions[0]).toEqual({ startsAt: new Date('2026-12-07T02:00:00Z'), endsAt: new Date('2026-12-07T04:00:00Z') });
    expect(sessions[1].startsAt).toEqual(new Date('2026-12-09T02:00:00Z'));
    expect(sessions[7].startsAt).toEqual(new Date('2026-12-30T02:00:00Z'));
  });

  it('includes both ends of the range and skips other weekdays', () => {
    const sessions = expandRecurrence({
      weekdays: [Weekday.SAT],
      startTime: '19:30',
      durationMinutes: 60,
      fromDate: '2026-12-05',
      untilDate: '2026-12-12',
      timezone: 'Asia/Jakarta',
    });
    expect(sessions.map((s) => localDate(s.startsAt, 'Asia/Jakarta'))).toEqual(['2026-12-05', '2026-12-12']);
  });

  it('keeps the local time across a DST change in zones that have one', () => {
    const sessions = expandRecurrence({
      weekdays: [Weekday.SUN],
      startTime: '09:00',
      durationMinutes: 60,
      fromDate: '2026-03-22',
      untilDate: '2026-04-05',
      timezone: 'Europe/Amsterdam',
    });
    expect(sessions.map((s) => s.startsAt.toISOString())).toEqual([
      '2026-03-22T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-04-05T07:00:00.000Z',
    ]);
  });

  it('gives nothing when the range has no matching weekday', () => {
    expect(
      expandRecurrence({
        weekdays: [Weekday.MON],
        startTime: '09:00',
        durationMinutes: 60,
        fromDate: '2026-12-08',
        untilDate: '2026-12-13',
        timezone: 'Asia/Jakarta',
      }),
    ).toEqual([]);
  });
});

describe('formatInZone', () => {
  it('writes dates the Indonesian way in the hub’s time zone', () => {
    expect(formatInZone(new Date('2026-08-17T02:00:00Z'), 'Asia/Jakarta', 'id')).toBe('Senin, 17 Agustus 2026 09.00');
    expect(formatInZone(new Date('2026-08-17T02:00:00Z'), 'Asia/Jakarta', 'en')).toBe('Monday, 17 August 2026 09:00');
  });
});
