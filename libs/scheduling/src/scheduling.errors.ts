import {
  DomainError,
  ErrorCode,
  type LocalizedText,
  conflict,
  formatSpan,
  invalidField,
  limitReached,
  notFound,
  withReasons,
} from '@sanggar/core';

/** What holds a room or mentor: a session (its title) or office hours (title null). */
export interface ConflictingSession {
  title: string | null;
  startsAt: Date;
  endsAt: Date;
}

const what = ({ title }: ConflictingSession, locale: 'id' | 'en') =>
  title !== null ? `"${title}"` : locale === 'id' ? 'jam konsultasi' : 'office hours';

const when = ({ startsAt, endsAt }: ConflictingSession, timezone: string, locale: 'id' | 'en') =>
  formatSpan(startsAt, endsAt, timezone, locale);

/** What a booking in the way of a room or a mentor is told as. */
const CLASH_TEXT = {
  ROOM: (other: ConflictingSession, timezone: string): LocalizedText => ({
    id: `Ruang sudah dipakai untuk ${what(other, 'id')} pada ${when(other, timezone, 'id')}`,
    en: `The room is already booked for ${what(other, 'en')} on ${when(other, timezone, 'en')}`,
  }),
  MENTOR: (other: ConflictingSession, timezone: string): LocalizedText => ({
    id: `Mentor sudah mengisi ${what(other, 'id')} pada ${when(other, timezone, 'id')}`,
    en: `The mentor already has ${what(other, 'en')} on ${when(other, timezone, 'en')}`,
  }),
};

export const SchedulingErrors = withReasons({
  tooManySessions: (max: number) =>
    limitReached({ id: `Satu kelompok paling banyak punya ${max} sesi`, en: `A cohort has at most ${max} sessions` }),
  sessionNotFound: () => notFound({ id: 'Sesi', en: 'Session' }),
  roomNotInHub: () => invalidField('roomId', { id: 'Ruang ini bukan milik hub kelompok ini', en: 'This room is not in the cohort’s hub' }),
  notAMentorOfHub: () =>
    invalidField('mentorId', { id: 'Orang ini bukan mentor di hub kelompok ini', en: 'This person is not a MENTOR of the cohort’s hub' }),
  endsBeforeStart: () => invalidField('endsAt', { id: 'Waktu selesai harus setelah waktu mulai', en: 'The end must be after the start' }),
  tooLong: () => invalidField('endsAt', { id: 'Satu sesi paling lama 12 jam', en: 'A session lasts at most 12 hours' }),
  outsideCohort: (startsOn: string, endsOn: string) =>
    invalidField('startsAt', {
      id: `Sesi harus berada dalam masa kelompok, ${startsOn} sampai ${endsOn}`,
      en: `The session must fall within the cohort’s dates, ${startsOn} to ${endsOn}`,
    }),
  noOccurrences: () =>
    invalidField('weekdays', {
      id: 'Tidak ada hari yang cocok dalam rentang tanggal ini',
      en: 'No matching weekday falls within these dates',
    }),
  cohortClosed: () =>
    conflict({
      id: 'Kelompok ini sudah selesai atau dibatalkan; sesi tidak bisa dijadwalkan',
      en: 'This cohort is completed or cancelled; sessions cannot be scheduled',
    }),
  alreadyCancelled: () => conflict({ id: 'Sesi ini sudah dibatalkan', en: 'This session is already cancelled' }),
  roomTooSmall: (room: string, capacity: number, enrolled: number) =>
    new DomainError(ErrorCode.CapacityExceeded, {
      id: `Ruang ${room} hanya muat ${capacity} orang, sedangkan kelompok ini punya ${enrolled} peserta`,
      en: `Room ${room} seats ${capacity}, but this cohort has ${enrolled} enrolled trainees`,
    }),
  roomTaken: (other: ConflictingSession, timezone: string) => new DomainError(ErrorCode.RoomConflict, CLASH_TEXT.ROOM(other, timezone)),
  /** Every date of a series that clashes, each with what is in its way, so all are fixed in one go. */
  seriesClashes: (clashes: (ConflictingSession & { with: 'ROOM' | 'MENTOR' })[], timezone: string) => {
    const texts = clashes.map((clash) => CLASH_TEXT[clash.with](clash, timezone));
    return new DomainError(clashes.some((clash) => clash.with === 'ROOM') ? ErrorCode.RoomConflict : ErrorCode.MentorConflict, {
      id: texts.map((text) => text.id).join('; '),
      en: texts.map((text) => text.en).join('; '),
    });
  },
  mentorBusy: (other: ConflictingSession, timezone: string) =>
    new DomainError(ErrorCode.MentorConflict, CLASH_TEXT.MENTOR(other, timezone)),
  rangeTooLong: (maxDays: number) =>
    invalidField('to', { id: `Rentang jadwal paling panjang ${maxDays} hari`, en: `A schedule covers at most ${maxDays} days` }),
});
