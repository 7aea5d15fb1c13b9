import { Locale } from '@sanggar/core';
import type { Email } from './mailer.js';
import { composeNotificationEmail } from './notification-email.handler.js';
import { NotificationCategory, NotificationKind, type NotificationParamsOf, type SessionFacts } from './notification-kinds.js';
import {
  appLinks,
  invitationEmail,
  officeHourEmail,
  resetPasswordEmail,
  signUpNoticeEmail,
  verifyEmailEmail,
  welcomeEmail,
  dataExportEmail,
} from './templates.js';

const ID = '3f1c2a9e-5b7d-4e21-9a0b-6c8d7e5f4a31';
const COHORT = { cohortId: ID, cohortName: 'Angkatan 12 — Desain Produk Digital', startsOn: '2027-02-01' };
const SESSION: SessionFacts = {
  sessionId: ID,
  cohortId: ID,
  cohortName: COHORT.cohortName,
  title: 'Riset pengguna',
  startsAt: '2027-02-08T02:00:00.000Z',
  endsAt: '2027-02-08T04:00:00.000Z',
  timezone: 'Asia/Jakarta',
  place: 'Ruang Kriya, Hetero Space Semarang (Semarang)',
  mentorName: 'Putri Maharani, S.Ds',
  sequence: 1,
  cancelled: false,
};
const SUBMISSION = { submissionId: ID, cohortId: ID, assignmentId: ID, assignmentTitle: 'Business Model Canvas', score: 82.5 };

/** Sample facts of every notification kind: for the preview and for the test that renders each in both languages. */
export const SAMPLE_PARAMS = (publicUrl: string): { [K in NotificationKind]: NotificationParamsOf[K] } => {
  const certificate = {
    certificateId: ID,
    curriculumTitle: 'Desain Produk Digital',
    hubName: 'Hetero Space Semarang',
    holderName: 'Dewi Lestari',
    verifyUrl: `${publicUrl}/verify/7KQ2M9XH`,
    pdfUrl: `${publicUrl}/certificates/7KQ2M9XH.pdf`,
  };
  return {
    [NotificationKind.ENROLLED]: COHORT,
    [NotificationKind.WAITLISTED]: COHORT,
    [NotificationKind.PROMOTED]: COHORT,
    [NotificationKind.WITHDRAWN]: COHORT,
    [NotificationKind.SESSION_SCHEDULED]: { ...SESSION, sequence: 0 },
    [NotificationKind.SESSIONS_SCHEDULED]: {
      cohortId: ID,
      cohortName: COHORT.cohortName,
      timezone: 'Asia/Jakarta',
      sessions: [0, 7, 14].map((days) => ({
        ...SESSION,
        sequence: 0,
        startsAt: new Date(Date.parse(SESSION.startsAt) + days * 86_400_000).toISOString(),
        endsAt: new Date(Date.parse(SESSION.endsAt) + days * 86_400_000).toISOString(),
      })),
    },
    [NotificationKind.SESSION_RESCHEDULED]: {
      ...SESSION,
      was: {
        startsAt: '2027-02-07T02:00:00.000Z',
        endsAt: '2027-02-07T04:00:00.000Z',
        place: 'Ruang Batik, Hetero Space Semarang (Semarang)',
      },
    },
    [NotificationKind.SESSION_CANCELLED]: { ...SESSION, sequence: 2, cancelled: true },
    [NotificationKind.SESSION_REMINDER]: SESSION,
    [NotificationKind.GRADED]: { ...SUBMISSION, feedback: 'Segmen pelanggan sudah jelas; perkuat bagian biaya.' },
    [NotificationKind.RESUBMISSION_REQUESTED]: { ...SUBMISSION, score: 55, feedback: 'Perjelas segmen pelanggan dan saluran penjualan.' },
    [NotificationKind.GRADING_DIGEST]: {
      total: 7,
      cohorts: [
        { cohortId: ID, cohortName: COHORT.cohortName, waiting: 5 },
        { cohortId: ID, cohortName: 'Angkatan 13 — Animasi', waiting: 2 },
      ],
    },
    [NotificationKind.CERTIFICATE_ISSUED]: certificate,
    [NotificationKind.CERTIFICATE_REISSUED]: certificate,
    [NotificationKind.CERTIFICATE_REVOKED]: { ...certificate, reason: 'Diterbitkan untuk kelompok yang salah' },
  };
};

/** Every email Sanggar sends, with sample data, in one language: name → email. */
export function sampleEmails(publicUrl: string, locale: Locale): Record<string, Email> {
  const to = { id: ID, email: 'dewi@contoh.id', fullName: 'Dewi Lestari', locale };
  const links = appLinks(publicUrl);
  const token = 'contoh-token';
  const params = SAMPLE_PARAMS(publicUrl);
  const emails: Record<string, Email> = {
    welcome: welcomeEmail(to, links.home),
    'verify-email': verifyEmailEmail(to, links.verifyEmail(token)),
    'reset-password': resetPasswordEmail(to, links.resetPassword(token)),
    invitation: invitationEmail(to, links.invitation(token)),
    'sign-up-notice': signUpNoticeEmail(to, links),
    'data-export': dataExportEmail(to, `${publicUrl}/exports/${token}`, locale === Locale.en ? '11 December 2026' : '11 Desember 2026'),
    'office-hour-booked': officeHourEmail(
      to,
      {
        startupName: 'Kopi Lokal',
        mentorName: 'Putri Maharani, S.Ds',
        by: { id: 'someone-else', fullName: 'Rizky Pratama' },
        agenda: 'Strategi harga',
        when: { id: 'Senin, 8 Februari 2027 09.00–10.00', en: 'Monday, 8 February 2027 09:00–10:00' },
        place: 'Ruang Kriya, Hetero Space Semarang (Semarang)',
      },
      false,
      `${publicUrl}/startup`,
    ),
  };
  for (const kind of Object.values(NotificationKind)) {
    emails[kind.toLowerCase().replaceAll('_', '-')] = composeNotificationEmail({ kind, params: params[kind] }, to, {
      publicUrl,
      mailFrom: 'Sanggar <no-reply@sanggar.local>',
      unsubscribeUrl: `${publicUrl}/unsubscribe/contoh.${NotificationCategory.SESSION_CHANGES}.tanda-tangan`,
    });
  }
  return emails;
}
