import { DateTime } from 'luxon';
import { DomainError, ErrorCode, type LocalizedText, conflict, invalidField, limitReached, notFound, withReasons } from '@sanggar/core';
import type { CohortStatus } from './cohort.entity.js';

const STATUS: Record<CohortStatus, LocalizedText> = {
  PLANNED: { id: 'DIRENCANAKAN', en: 'PLANNED' },
  RUNNING: { id: 'BERJALAN', en: 'RUNNING' },
  COMPLETED: { id: 'SELESAI', en: 'COMPLETED' },
  CANCELLED: { id: 'DIBATALKAN', en: 'CANCELLED' },
};

export const CohortErrors = withReasons({
  cohortNotFound: () => notFound({ id: 'Kelompok belajar', en: 'Cohort' }),
  tooManyMentors: (max: number) =>
    limitReached({ id: `Satu kelompok paling banyak punya ${max} mentor`, en: `A cohort has at most ${max} mentors` }),
  enrollmentNotFound: () => notFound({ id: 'Pendaftaran', en: 'Enrollment' }),
  traineeNotFound: () => notFound({ id: 'Peserta', en: 'Trainee' }),
  illegalTransition: (from: CohortStatus, to: CohortStatus) =>
    conflict({
      id: `Kelompok berstatus ${STATUS[from].id} (${from}) tidak bisa diubah menjadi ${STATUS[to].id} (${to})`,
      en: `A cohort that is ${STATUS[from].en} cannot become ${STATUS[to].en}`,
    }),
  closedForEnrollment: (status: CohortStatus) =>
    conflict({
      id: `Kelompok ini sudah ${STATUS[status].id}; pendaftaran ditutup`,
      en: `This cohort is ${STATUS[status].en}; enrollment is closed`,
    }),
  alreadyEnrolled: () =>
    conflict({ id: 'Peserta ini sudah terdaftar di kelompok ini', en: 'This trainee is already enrolled in this cohort' }),
  alreadyWithdrawn: () => conflict({ id: 'Pendaftaran ini sudah dibatalkan', en: 'This enrollment was already withdrawn' }),
  completedEnrollment: () =>
    conflict({ id: 'Pendaftaran yang sudah selesai tidak bisa dibatalkan', en: 'A completed enrollment cannot be withdrawn' }),
  notATraineeOfHub: () =>
    invalidField('traineeId', {
      id: 'Orang ini bukan peserta (TRAINEE) di hub kelompok ini',
      en: 'This person is not a TRAINEE of the cohort’s hub',
    }),
  guardianConsentNeeded: () =>
    conflict({
      id: 'Peserta ini mungkin belum berusia 18 tahun: catat dulu persetujuan orang tua atau walinya di halaman orangnya',
      en: 'This trainee may be under 18: record their parent’s or guardian’s consent on their page first',
    }),
  notAMentorOfHub: () =>
    invalidField('mentorId', { id: 'Orang ini bukan mentor di hub kelompok ini', en: 'This person is not a MENTOR of the cohort’s hub' }),
  curriculumNotPublished: () =>
    invalidField('curriculumId', {
      id: 'Terbitkan kurikulum ini dulu; kelompok hanya bisa memakai kurikulum yang sudah diterbitkan',
      en: 'Publish this curriculum first; a cohort can only use a published curriculum',
    }),
  curriculumOfOtherHub: () =>
    invalidField('curriculumId', { id: 'Kurikulum ini milik hub lain', en: 'This curriculum belongs to another hub' }),
  endsBeforeStart: () =>
    invalidField('endsOn', { id: 'Tanggal selesai tidak boleh sebelum tanggal mulai', en: 'The end date cannot be before the start date' }),
  sessionsOutsideDates: (count: number) =>
    conflict({
      id: `${count} sesi terjadwal jatuh di luar tanggal baru ini. Pindahkan atau batalkan sesi itu dulu`,
      en: `${count} scheduled session${count === 1 ? '' : 's'} would fall outside these dates. Move or cancel ${count === 1 ? 'it' : 'them'} first`,
    }),
  cohortOver: (status: CohortStatus) =>
    conflict({
      id: `Kelompok ini sudah ${STATUS[status].id} dan tidak bisa diubah lagi`,
      en: `This cohort is ${STATUS[status].en} and can no longer change`,
    }),
  notStartedYet: (startsOn: string) => {
    const on = (locale: 'id' | 'en') => DateTime.fromISO(startsOn).setLocale(locale).toFormat('cccc, d LLLL yyyy');
    return conflict({
      id: `Kelompok ini baru mulai ${on('id')}; selesaikan setelah kelompok berjalan, atau batalkan`,
      en: `This cohort starts on ${on('en')}; complete it once it has run, or cancel it`,
    });
  },
  startFixed: () =>
    invalidField('startsOn', {
      id: 'Kelompok sudah berjalan; tanggal mulainya tidak bisa diubah',
      en: 'The cohort is running; its start date cannot change',
    }),
  capacityBelowSeated: (seated: number) =>
    invalidField('capacity', {
      id: `Sudah ${seated} peserta terdaftar; kapasitas paling sedikit ${seated}`,
      en: `${seated} trainees are already seated; the capacity must be at least ${seated}`,
    }),
  mentorLeadsSessions: (count: number) =>
    conflict({
      id: `Mentor ini memimpin ${count} sesi mendatang di kelompok ini; ganti mentornya dulu di jadwal`,
      en: `This mentor leads ${count} upcoming sessions of this cohort; change their mentor in the schedule first`,
    }),
  pageTooLarge: () =>
    new DomainError(
      ErrorCode.BadUserInput,
      { id: 'Paling banyak 100 pendaftaran per halaman', en: 'At most 100 enrollments per page' },
      { first: { id: 'Paling banyak 100 per halaman', en: 'At most 100 per page' } },
    ),
  badCursor: () => invalidField('after', { id: 'Kursor halaman tidak valid', en: 'Invalid page cursor' }),
});
