import { DomainError, ErrorCode, conflict, invalidField, notFound } from '@sanggar/core';

export const MentorshipErrors = {
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
  nameTaken: () => conflict({ id: 'Hub ini sudah punya start-up dengan nama itu', en: 'This hub already has a start-up with that name' }),
  notAMentorOfHub: () =>
    invalidField('mentorId', { id: 'Orang ini bukan mentor di hub start-up ini', en: 'This person is not a MENTOR of the start-up’s hub' }),
  mentorFull: (max: number) =>
    new DomainError(ErrorCode.CapacityExceeded, {
      id: `Mentor ini sudah membimbing ${max} start-up, batas yang ia tetapkan`,
      en: `This mentor already mentors ${max} start-ups, the limit they set`,
    }),
};
