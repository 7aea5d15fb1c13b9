import { DomainError, ErrorCode, conflict, forbidden, invalidField, limitReached, notFound, withReasons } from '@sanggar/core';

export const MentorshipErrors = withReasons({
  tooManyMentors: (max: number) =>
    limitReached({ id: `Satu start-up paling banyak punya ${max} mentor`, en: `A start-up has at most ${max} mentors` }),
  startupNotFound: () => notFound({ id: 'Start-up', en: 'Start-up' }),
  unknownSector: (field: string) =>
    invalidField(field, {
      id: 'Pilih subsektor ekonomi kreatif dari daftar, misalnya kuliner atau fashion',
      en: 'Choose a creative-economy sub-sector from the list, e.g. kuliner or fashion',
    }),
  notTraineesOfHub: () =>
    invalidField('memberIds', { id: 'Semua anggota harus peserta (TRAINEE) di hub ini', en: 'Every member must be a TRAINEE of this hub' }),
  alreadyInStartup: () =>
    conflict({ id: 'Seorang peserta sudah menjadi anggota start-up lain', en: 'A trainee already belongs to another start-up' }),
  startupNameTaken: () =>
    conflict({ id: 'Hub ini sudah punya start-up dengan nama itu', en: 'This hub already has a start-up with that name' }),
  notAMentorOfHub: () =>
    invalidField('mentorId', { id: 'Orang ini bukan mentor di hub start-up ini', en: 'This person is not a MENTOR of the start-up’s hub' }),
  mentorFull: (max: number) =>
    new DomainError(ErrorCode.CapacityExceeded, {
      id: `Mentor ini sudah membimbing ${max} start-up, batas yang ia tetapkan`,
      en: `This mentor already mentors ${max} start-ups, the limit they set`,
    }),
  mentorNotFound: () => notFound({ id: 'Mentor', en: 'Mentor' }),
  slotNotFound: () => notFound({ id: 'Jam konsultasi', en: 'Office hour' }),
  slotLength: () => invalidField('slotMinutes', { id: 'Satu slot lamanya 15 sampai 120 menit', en: 'A slot lasts 15 to 120 minutes' }),
  tooManyWeeks: (max: number) => invalidField('weeks', { id: `Ulangi 1 sampai ${max} minggu`, en: `Repeat for 1 to ${max} weeks` }),
  windowTooLong: () =>
    invalidField('endsAt', { id: 'Satu kali terbit paling lama 12 jam', en: 'One window of office hours spans at most 12 hours' }),
  windowNotDivisible: (minutes: number, slotMinutes: number) =>
    invalidField('endsAt', {
      id: `Rentang ${minutes} menit tidak habis dibagi menjadi slot ${slotMinutes} menit`,
      en: `A window of ${minutes} minutes does not divide into ${slotMinutes}-minute slots`,
    }),
  windowInPast: () =>
    invalidField('startsAt', { id: 'Jam konsultasi harus dimulai di masa depan', en: 'Office hours must start in the future' }),
  roomNotOfMentor: () =>
    invalidField('roomId', {
      id: 'Ruang ini bukan milik hub tempat Anda menjadi mentor',
      en: 'This room is not in a hub where you mentor',
    }),
  noHub: () => forbidden({ id: 'Anda belum menjadi mentor di hub mana pun', en: 'You are not a mentor of any hub yet' }),
  bookingTooLate: (hours: number) =>
    invalidField('slotId', {
      id: `Pesan paling lambat ${hours} jam sebelum jam konsultasi dimulai`,
      en: `Book at least ${hours} hours before the office hour starts`,
    }),
  agendaRequired: () =>
    invalidField('agenda', { id: 'Tuliskan agenda, maksimal 1000 karakter', en: 'Write an agenda, at most 1000 characters' }),
  notAMember: () =>
    forbidden({ id: 'Hanya anggota start-up ini yang dapat memesan untuknya', en: 'Only members of this start-up can book for it' }),
  slotTaken: () => conflict({ id: 'Jam konsultasi ini sudah dipesan', en: 'This office hour is already booked' }),
  startupBusy: () =>
    conflict({
      id: 'Start-up Anda sudah punya jam konsultasi pada waktu itu',
      en: 'Your start-up already has an office hour at that time',
    }),
  notBooked: () => conflict({ id: 'Jam konsultasi ini belum dipesan', en: 'This office hour is not booked' }),
  notYoursToCancel: () =>
    forbidden({
      id: 'Hanya mentor atau anggota start-up yang memesan yang dapat membatalkan',
      en: 'Only the mentor or a member of the booking start-up can cancel',
    }),
  notYoursToWithdraw: () =>
    forbidden({
      id: 'Hanya mentor atau koordinator hubnya yang dapat menarik jam konsultasi',
      en: 'Only the mentor or a coordinator of their hub can withdraw office hours',
    }),
  alreadyStarted: () => invalidField('slotId', { id: 'Jam konsultasi ini sudah dimulai', en: 'This office hour has already started' }),
});
