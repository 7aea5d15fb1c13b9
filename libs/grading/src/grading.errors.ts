import { DomainError, ErrorCode, conflict, forbidden, invalidField, notFound, withReasons } from '@sanggar/core';

export const GradingErrors = withReasons({
  notEnrolled: () =>
    forbidden({
      id: 'Hanya peserta terdaftar (ENROLLED) di kelompok ini yang bisa melakukan ini',
      en: 'Only trainees ENROLLED in this cohort can do this',
    }),
  notRunning: () => conflict({ id: 'Kelompok ini sedang tidak berjalan', en: 'This cohort is not running' }),
  lessonNotFound: () => notFound({ id: 'Materi', en: 'Lesson' }),
  assignmentNotFound: () => notFound({ id: 'Tugas', en: 'Assignment' }),
  submissionNotFound: () => notFound({ id: 'Kiriman tugas', en: 'Submission' }),
  notTheirCohort: () =>
    forbidden({
      id: 'Hanya mentor kelompok ini atau koordinator yang boleh menilai',
      en: 'Only this cohort’s mentors or a coordinator may grade',
    }),
  alreadySubmitted: (status: string) =>
    conflict({
      id:
        status === 'GRADED'
          ? 'Tugas ini sudah dinilai; kirim ulang hanya jika mentor memintanya'
          : 'Tugas ini sudah dikirim dan menunggu penilaian; kirim ulang hanya jika mentor memintanya',
      en:
        status === 'GRADED'
          ? 'This assignment is already graded; resubmit only when the mentor asks'
          : 'This assignment is already submitted and awaits grading; resubmit only when the mentor asks',
    }),
  gradeChanged: () =>
    conflict({
      id: 'Kiriman ini baru saja dinilai orang lain; lihat nilainya lalu putuskan lagi',
      en: 'Someone else graded this submission meanwhile; see their grade, then decide again',
    }),
  newerAttempt: () =>
    conflict({ id: 'Ada kiriman yang lebih baru; nilai kiriman terbaru', en: 'A newer attempt exists; grade the latest one' }),
  unknownCriterion: (index: number) =>
    invalidField(`scores.${index}.criterionId`, {
      id: 'Kriteria ini bukan bagian dari rubrik tugas ini',
      en: 'This criterion is not in this assignment’s rubric',
    }),
  duplicateCriterion: (index: number, title: string) =>
    invalidField(`scores.${index}.criterionId`, { id: `Kriteria "${title}" dinilai dua kali`, en: `Criterion "${title}" is scored twice` }),
  pointsOutOfRange: (index: number, title: string, max: number) =>
    invalidField(`scores.${index}.points`, {
      id: `Poin untuk "${title}" harus antara 0 dan ${max}`,
      en: `Points for "${title}" must be between 0 and ${max}`,
    }),
  missingCriteria: (titles: string[]) =>
    new DomainError(
      ErrorCode.BadUserInput,
      {
        id: `Beri nilai untuk setiap kriteria: ${titles.join(', ')} belum dinilai`,
        en: `Score every criterion: ${titles.join(', ')} not scored yet`,
      },
      { scores: { id: `Belum dinilai: ${titles.join(', ')}`, en: `Not scored: ${titles.join(', ')}` } },
    ),
});
