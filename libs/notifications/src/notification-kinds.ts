import { Locale, formatInZone, formatSpan } from '@sanggar/core';

export enum NotificationKind {
  ENROLLED = 'ENROLLED',
  WAITLISTED = 'WAITLISTED',
  PROMOTED = 'PROMOTED',
  WITHDRAWN = 'WITHDRAWN',
  SESSION_SCHEDULED = 'SESSION_SCHEDULED',
  /** A recurring series: one notification for all its sessions. */
  SESSIONS_SCHEDULED = 'SESSIONS_SCHEDULED',
  SESSION_RESCHEDULED = 'SESSION_RESCHEDULED',
  SESSION_CANCELLED = 'SESSION_CANCELLED',
  SESSION_REMINDER = 'SESSION_REMINDER',
  GRADED = 'GRADED',
  RESUBMISSION_REQUESTED = 'RESUBMISSION_REQUESTED',
  GRADING_DIGEST = 'GRADING_DIGEST',
  CERTIFICATE_ISSUED = 'CERTIFICATE_ISSUED',
  CERTIFICATE_REISSUED = 'CERTIFICATE_REISSUED',
  CERTIFICATE_REVOKED = 'CERTIFICATE_REVOKED',
}

/** What a person can turn off, one switch per category; account and security emails have none. */
export enum NotificationCategory {
  ENROLLMENT = 'ENROLLMENT',
  SESSION_CHANGES = 'SESSION_CHANGES',
  SESSION_REMINDERS = 'SESSION_REMINDERS',
  GRADES = 'GRADES',
  GRADING_DIGEST = 'GRADING_DIGEST',
  CERTIFICATES = 'CERTIFICATES',
}

/** What each category covers, as settings and the unsubscribe page name it. */
export const categoryLabels: Record<NotificationCategory, { id: string; en: string }> = {
  [NotificationCategory.ENROLLMENT]: { id: 'pendaftaran kelompok belajar', en: 'cohort enrollment' },
  [NotificationCategory.SESSION_CHANGES]: { id: 'sesi baru, dipindah atau dibatalkan', en: 'sessions scheduled, moved or cancelled' },
  [NotificationCategory.SESSION_REMINDERS]: { id: 'pengingat sesi sehari sebelumnya', en: 'reminders the day before a session' },
  [NotificationCategory.GRADES]: { id: 'nilai dan permintaan kirim ulang', en: 'grades and resubmission requests' },
  [NotificationCategory.GRADING_DIGEST]: {
    id: 'ringkasan harian tugas yang menunggu penilaian',
    en: 'daily digest of submissions waiting for a grade',
  },
  [NotificationCategory.CERTIFICATES]: { id: 'sertifikat', en: 'certificates' },
};

export const categoryOf: Record<NotificationKind, NotificationCategory> = {
  [NotificationKind.ENROLLED]: NotificationCategory.ENROLLMENT,
  [NotificationKind.WAITLISTED]: NotificationCategory.ENROLLMENT,
  [NotificationKind.PROMOTED]: NotificationCategory.ENROLLMENT,
  [NotificationKind.WITHDRAWN]: NotificationCategory.ENROLLMENT,
  [NotificationKind.SESSION_SCHEDULED]: NotificationCategory.SESSION_CHANGES,
  [NotificationKind.SESSIONS_SCHEDULED]: NotificationCategory.SESSION_CHANGES,
  [NotificationKind.SESSION_RESCHEDULED]: NotificationCategory.SESSION_CHANGES,
  [NotificationKind.SESSION_CANCELLED]: NotificationCategory.SESSION_CHANGES,
  [NotificationKind.SESSION_REMINDER]: NotificationCategory.SESSION_REMINDERS,
  [NotificationKind.GRADED]: NotificationCategory.GRADES,
  [NotificationKind.RESUBMISSION_REQUESTED]: NotificationCategory.GRADES,
  [NotificationKind.GRADING_DIGEST]: NotificationCategory.GRADING_DIGEST,
  [NotificationKind.CERTIFICATE_ISSUED]: NotificationCategory.CERTIFICATES,
  [NotificationKind.CERTIFICATE_REISSUED]: NotificationCategory.CERTIFICATES,
  [NotificationKind.CERTIFICATE_REVOKED]: NotificationCategory.CERTIFICATES,
};

export interface EnrollmentFacts {
  cohortId: string;
  cohortName: string;
  /** YYYY-MM-DD, the cohort's first day. */
  startsOn: string;
}

/** A session as a notification tells it; instants as ISO strings (the params are JSON). */
export interface SessionFacts {
  sessionId: string;
  cohortId: string;
  cohortName: string;
  title: string;
  startsAt: string;
  endsAt: string;
  timezone: string;
  place: string;
  mentorName: string | null;
  /** The session's ICS SEQUENCE at this event: calendars keep the highest. */
  sequence: number;
  cancelled: boolean;
}

export interface SubmissionFacts {
  submissionId: string;
  cohortId: string;
  assignmentId: string;
  assignmentTitle: string;
  score: number;
  /** The mentor's feedback (for a resubmission request: what to change). */
  feedback: string | null;
}

export interface CertificateFacts {
  certificateId: string;
  curriculumTitle: string;
  hubName: string;
  holderName: string;
  verifyUrl: string;
  pdfUrl: string;
}

export interface NotificationParamsOf {
  [NotificationKind.ENROLLED]: EnrollmentFacts;
  [NotificationKind.WAITLISTED]: EnrollmentFacts;
  [NotificationKind.PROMOTED]: EnrollmentFacts;
  [NotificationKind.WITHDRAWN]: EnrollmentFacts;
  [NotificationKind.SESSION_SCHEDULED]: SessionFacts;
  [NotificationKind.SESSIONS_SCHEDULED]: { cohortId: string; cohortName: string; timezone: string; sessions: SessionFacts[] };
  /** `was`: when and where it was before this change. */
  [NotificationKind.SESSION_RESCHEDULED]: SessionFacts & { was: { startsAt: string; endsAt: string; place: string } };
  [NotificationKind.SESSION_CANCELLED]: SessionFacts;
  [NotificationKind.SESSION_REMINDER]: SessionFacts;
  [NotificationKind.GRADED]: SubmissionFacts;
  [NotificationKind.RESUBMISSION_REQUESTED]: SubmissionFacts;
  [NotificationKind.GRADING_DIGEST]: { total: number; cohorts: { cohortId: string; cohortName: string; waiting: number }[] };
  [NotificationKind.CERTIFICATE_ISSUED]: CertificateFacts;
  [NotificationKind.CERTIFICATE_REISSUED]: CertificateFacts;
  [NotificationKind.CERTIFICATE_REVOKED]: Omit<CertificateFacts, 'pdfUrl'> & { reason: string };
}

export type NotificationParams = NotificationParamsOf[NotificationKind];

/** One kind of event with its facts, as services record it. */
export type NotificationEvent = { [K in NotificationKind]: { kind: K; params: NotificationParamsOf[K] } }[NotificationKind];

/** What a notification says, in one language: the in-app entry and the email are made of it. */
export interface NotificationText {
  title: string;
  paragraphs: string[];
  /** A path of the web app ("/schedule") and the button's label. */
  action: { label: string; path: string };
}

type Texts<K extends NotificationKind> = (params: NotificationParamsOf[K], locale: Locale) => NotificationText;

const pick = (locale: Locale, id: string, en: string) => (locale === Locale.en ? en : id);
const span = (facts: { startsAt: string; endsAt: string; timezone: string }, locale: Locale) =>
  formatSpan(new Date(facts.startsAt), new Date(facts.endsAt), facts.timezone, locale);
const longDate = (isoDate: string, locale: Locale) => formatInZone(new Date(`${isoDate}T12:00:00Z`), 'UTC', locale).slice(0, -6);

const cohortAction = (facts: EnrollmentFacts, locale: Locale) => ({
  label: pick(locale, 'Buka kelompok belajar', 'Open the cohort'),
  path: `/cohorts/${facts.cohortId}`,
});
const scheduleAction = (locale: Locale) => ({ label: pick(locale, 'Lihat jadwal', 'See the schedule'), path: '/schedule' });
const certificatesAction = (locale: Locale) => ({ label: pick(locale, 'Sertifikat saya', 'My certificates'), path: '/certificates' });

/** "Kapan / Di mana / Mentor" lines of a session. */
function sessionLines(facts: SessionFacts, locale: Locale): string[] {
  return [
    `${pick(locale, 'Waktu', 'When')}: ${span(facts, locale)}`,
    `${pick(locale, 'Tempat', 'Where')}: ${facts.place}`,
    ...(facts.mentorName ? [`Mentor: ${facts.mentorName}`] : []),
  ];
}

const texts: { [K in NotificationKind]: Texts<K> } = {
  [NotificationKind.ENROLLED]: (p, l) => ({
    title: pick(l, `Anda terdaftar di ${p.cohortName}`, `You are enrolled in ${p.cohortName}`),
    paragraphs: [
      pick(l, `Tempat Anda di ${p.cohortName} sudah pasti.`, `Your place in ${p.cohortName} is confirmed.`),
      pick(l, `Mulai: ${longDate(p.startsOn, l)}.`, `Starts: ${longDate(p.startsOn, l)}.`),
    ],
    action: cohortAction(p, l),
  }),
  [NotificationKind.WAITLISTED]: (p, l) => ({
    title: pick(l, `Anda di daftar tunggu ${p.cohortName}`, `You are on the waitlist of ${p.cohortName}`),
    paragraphs: [
      pick(
        l,
        `${p.cohortName} sudah penuh. Anda masuk daftar tunggu dan akan mendapat kabar begitu ada kursi untuk Anda.`,
        `${p.cohortName} is full. You are on its waitlist and will hear from us as soon as a seat is yours.`,
      ),
    ],
    action: cohortAction(p, l),
  }),
  [NotificationKind.PROMOTED]: (p, l) => ({
    title: pick(l, `Ada kursi untuk Anda di ${p.cohortName}`, `A seat is yours in ${p.cohortName}`),
    paragraphs: [
      pick(
        l,
        `Kabar baik: Anda naik dari daftar tunggu dan kini terdaftar di ${p.cohortName}.`,
        `Good news: you moved up from the waitlist and are now enrolled in ${p.cohortName}.`,
      ),
      pick(l, `Mulai: ${longDate(p.startsOn, l)}.`, `Starts: ${longDate(p.startsOn, l)}.`),
    ],
    action: cohortAction(p, l),
  }),
  [NotificationKind.WITHDRAWN]: (p, l) => ({
    title: pick(l, `Anda keluar dari ${p.cohortName}`, `You left ${p.cohortName}`),
    paragraphs: [
      pick(
        l,
        `Pendaftaran Anda di ${p.cohortName} sudah dibatalkan. Jika ini keliru, hubungi koordinator hub Anda.`,
        `Your enrollment in ${p.cohortName} was withdrawn. If this is a mistake, contact your hub's coordinator.`,
      ),
    ],
    action: { label: pick(l, 'Buka Sanggar', 'Open Sanggar'), path: '/' },
  }),
  [NotificationKind.SESSION_SCHEDULED]: (p, l) => ({
    title: pick(l, `Sesi baru: ${p.title}, ${span(p, l)}`, `New session: ${p.title}, ${span(p, l)}`),
    paragraphs: [pick(l, `Sesi baru untuk ${p.cohortName}:`, `A new session for ${p.cohortName}:`), ...sessionLines(p, l)],
    action: scheduleAction(l),
  }),
  [NotificationKind.SESSIONS_SCHEDULED]: (p, l) => ({
    title: pick(l, `${p.sessions.length} sesi baru untuk ${p.cohortName}`, `${p.sessions.length} new sessions for ${p.cohortName}`),
    paragraphs: [
      pick(l, `Jadwal sesi baru untuk ${p.cohortName}:`, `New sessions scheduled for ${p.cohortName}:`),
      ...p.sessions.map((session) => `${session.title}: ${span(session, l)}, ${session.place}`),
    ],
    action: scheduleAction(l),
  }),
  [NotificationKind.SESSION_RESCHEDULED]: (p, l) => ({
    title: pick(l, `Sesi dipindah: ${p.title}, kini ${span(p, l)}`, `Session moved: ${p.title}, now ${span(p, l)}`),
    paragraphs: [
      pick(l, `Sesi ${p.title} (${p.cohortName}) pindah waktu atau ruang.`, `The session ${p.title} (${p.cohortName}) has moved.`),
      ...sessionLines(p, l),
      pick(
        l,
        `Sebelumnya: ${span({ ...p.was, timezone: p.timezone }, l)}, ${p.was.place}`,
        `Was: ${span({ ...p.was, timezone: p.timezone }, l)}, ${p.was.place}`,
      ),
    ],
    action: scheduleAction(l),
  }),
  [NotificationKind.SESSION_CANCELLED]: (p, l) => ({
    title: pick(l, `Sesi dibatalkan: ${p.title}, ${span(p, l)}`, `Session cancelled: ${p.title}, ${span(p, l)}`),
    paragraphs: [
      pick(
        l,
        `Sesi ${p.title} (${p.cohortName}) pada ${span(p, l)} dibatalkan.`,
        `The session ${p.title} (${p.cohortName}) on ${span(p, l)} is cancelled.`,
      ),
    ],
    action: scheduleAction(l),
  }),
  [NotificationKind.SESSION_REMINDER]: (p, l) => ({
    title: pick(l, `Besok: ${p.title}, ${span(p, l)}`, `Tomorrow: ${p.title}, ${span(p, l)}`),
    paragraphs: [
      pick(l, `Pengingat sesi ${p.cohortName} besok:`, `A reminder of tomorrow's session of ${p.cohortName}:`),
      ...sessionLines(p, l),
      pick(
        l,
        'Datang tepat waktu dan lakukan presensi dengan kode dari mentor. Cek materi dan tugas kelompok Anda sebelum datang.',
        "Arrive on time and check in with the mentor's code. Look over your cohort's lessons and assignments before you come.",
      ),
    ],
    action: scheduleAction(l),
  }),
  [NotificationKind.GRADED]: (p, l) => ({
    title: pick(l, `Tugas dinilai: ${p.assignmentTitle} — ${p.score}`, `Graded: ${p.assignmentTitle} — ${p.score}`),
    paragraphs: [
      pick(
        l,
        `Tugas Anda ${p.assignmentTitle} mendapat nilai ${p.score} dari 100.`,
        `Your assignment ${p.assignmentTitle} scored ${p.score} out of 100.`,
      ),
      ...(p.feedback ? [`${pick(l, 'Masukan mentor', "Mentor's feedback")}: ${p.feedback}`] : []),
    ],
    action: { label: pick(l, 'Lihat penilaian', 'See the grade'), path: `/cohorts/${p.cohortId}/assignments/${p.assignmentId}` },
  }),
  [NotificationKind.RESUBMISSION_REQUESTED]: (p, l) => ({
    title: pick(l, `Perlu dikirim ulang: ${p.assignmentTitle}`, `Please resubmit: ${p.assignmentTitle}`),
    paragraphs: [
      pick(
        l,
        `Mentor meminta Anda memperbaiki dan mengirim ulang ${p.assignmentTitle}.`,
        `Your mentor asks you to improve and resubmit ${p.assignmentTitle}.`,
      ),
      ...(p.feedback ? [`${pick(l, 'Catatan mentor', "Mentor's note")}: ${p.feedback}`] : []),
    ],
    action: { label: pick(l, 'Kirim ulang', 'Resubmit'), path: `/cohorts/${p.cohortId}/assignments/${p.assignmentId}` },
  }),
  [NotificationKind.GRADING_DIGEST]: (p, l) => ({
    title: pick(l, `${p.total} tugas menunggu penilaian Anda`, `${p.total} submissions are waiting for your grade`),
    paragraphs: [
      pick(l, 'Tugas yang menunggu penilaian di kelompok Anda:', 'Submissions waiting for a grade in your cohorts:'),
      ...p.cohorts.map((cohort) => `${cohort.cohortName}: ${cohort.waiting}`),
    ],
    action: {
      label: pick(l, 'Mulai menilai', 'Start grading'),
      path: p.cohorts.length === 1 ? `/teach/cohorts/${p.cohorts[0].cohortId}/grading` : '/',
    },
  }),
  [NotificationKind.CERTIFICATE_ISSUED]: (p, l) => ({
    title: pick(l, `Sertifikat Anda: ${p.curriculumTitle}`, `Your certificate: ${p.curriculumTitle}`),
    paragraphs: [
      pick(
        l,
        `Selamat ${p.holderName}, Anda telah menyelesaikan ${p.curriculumTitle} di ${p.hubName}. Sertifikat Anda sudah terbit.`,
        `Congratulations ${p.holderName}, you completed ${p.curriculumTitle} at ${p.hubName}. Your certificate is ready.`,
      ),
      `${pick(l, 'Unduh (PDF)', 'Download it (PDF)')}: ${p.pdfUrl}`,
      `${pick(l, 'Siapa pun dapat memeriksanya di sini, tanpa perlu masuk', 'Anyone can check it here, without logging in')}: ${p.verifyUrl}`,
    ],
    action: certificatesAction(l),
  }),
  [NotificationKind.CERTIFICATE_REISSUED]: (p, l) => ({
    title: pick(l, `Sertifikat Anda (terbit ulang): ${p.curriculumTitle}`, `Your certificate (reissued): ${p.curriculumTitle}`),
    paragraphs: [
      pick(
        l,
        `${p.hubName} menerbitkan ulang sertifikat ${p.curriculumTitle} atas nama ${p.holderName}. Sertifikat ini menggantikan yang sebelumnya; yang lama tidak berlaku lagi.`,
        `${p.hubName} reissued your ${p.curriculumTitle} certificate in the name of ${p.holderName}. It replaces the earlier one, which is no longer valid.`,
      ),
      `${pick(l, 'Unduh (PDF)', 'Download it (PDF)')}: ${p.pdfUrl}`,
      `${pick(l, 'Siapa pun dapat memeriksanya di sini, tanpa perlu masuk', 'Anyone can check it here, without logging in')}: ${p.verifyUrl}`,
    ],
    action: certificatesAction(l),
  }),
  [NotificationKind.CERTIFICATE_REVOKED]: (p, l) => ({
    title: pick(l, `Sertifikat dicabut: ${p.curriculumTitle}`, `Certificate revoked: ${p.curriculumTitle}`),
    paragraphs: [
      pick(l, `${p.hubName} mencabut sertifikat ${p.curriculumTitle} Anda.`, `${p.hubName} revoked your ${p.curriculumTitle} certificate.`),
      `${pick(l, 'Alasan', 'Reason')}: ${p.reason}`,
      pick(
        l,
        'Jika menurut Anda ini keliru, hubungi koordinator hub Anda.',
        "If you think this is a mistake, contact your hub's coordinator.",
      ),
    ],
    action: certificatesAction(l),
  }),
};

/** The notification's words in the reader's language. */
export function notificationText<K extends NotificationKind>(kind: K, params: NotificationParamsOf[K], locale: Locale): NotificationText {
  return (texts[kind] as Texts<K>)(params, locale);
}
