import { DomainError, ErrorCode, conflict, forbidden, invalidField, withReasons } from '@sanggar/core';

export const AttendanceErrors = withReasons({
  notTheirSession: () =>
    forbidden({
      id: 'Hanya mentor kelompok ini atau koordinator yang boleh mencatat presensi',
      en: 'Only this cohort’s mentors or a coordinator may take attendance',
    }),
  notEnrolled: () =>
    forbidden({
      id: 'Hanya peserta terdaftar di kelompok ini yang bisa presensi',
      en: 'Only trainees enrolled in this cohort can check in',
    }),
  sessionCancelled: () => conflict({ id: 'Sesi ini dibatalkan', en: 'This session was cancelled' }),
  registerChanged: () =>
    conflict({
      id: 'Daftar hadir ini diubah orang lain sejak Anda membukanya; periksa perubahannya lalu simpan lagi',
      en: 'Someone else changed this register since you opened it; check the changes, then save again',
    }),
  traineeNotEnrolled: (index: number) =>
    invalidField(`entries.${index}.traineeId`, {
      id: 'Peserta ini tidak terdaftar (ENROLLED) di kelompok ini',
      en: 'This trainee is not ENROLLED in this cohort',
    }),
  duplicateTrainee: (index: number) =>
    invalidField(`entries.${index}.traineeId`, { id: 'Peserta ini tercantum dua kali', en: 'This trainee is listed twice' }),
  excusedNeedsNote: (index: number) =>
    invalidField(`entries.${index}.note`, { id: 'Izin (EXCUSED) perlu keterangan', en: 'EXCUSED needs a note saying why' }),
  checkinNotOpen: (opensAt: string) => conflict({ id: `Presensi baru dibuka pukul ${opensAt}`, en: `Check-in opens at ${opensAt}` }),
  checkinClosed: (closedAt: string) =>
    new DomainError(ErrorCode.CheckinExpired, {
      id: `Presensi sudah ditutup pukul ${closedAt}; minta mentor mencatat Anda`,
      en: `Check-in closed at ${closedAt}; ask the mentor to record you`,
    }),
  checkinExpired: () =>
    new DomainError(ErrorCode.CheckinExpired, {
      id: 'Kode ini sudah kedaluwarsa; masukkan kode yang tampil sekarang di layar',
      en: 'This code has expired; enter the code on the screen now',
    }),
  checkinWrongSession: () =>
    new DomainError(ErrorCode.CheckinWrongSession, {
      id: 'Kode ini untuk sesi lain; periksa ruang Anda',
      en: 'This code belongs to another session; check your room',
    }),
  checkinUnknownCode: () =>
    invalidField('code', { id: 'Kode tidak dikenal; periksa lagi kode di layar', en: 'Unknown code; check the code on the screen again' }),
});
