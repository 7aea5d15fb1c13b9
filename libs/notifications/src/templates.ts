import { Locale, type LocalizedText } from '@sanggar/core';
import type { Email } from './mailer.js';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** Plain text plus the same paragraphs as minimal HTML (every value escaped). */
function email(to: string, subject: string, paragraphs: string[]): Email {
  return {
    to,
    subject,
    text: paragraphs.join('\n\n'),
    html: paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n'),
  };
}

export function welcomeEmail(to: { email: string; fullName: string; locale: Locale }, loginUrl: string): Email {
  if (to.locale === Locale.en) {
    return email(to.email, 'Welcome to Sanggar', [
      `Hello ${to.fullName},`,
      'Your Sanggar account is ready. Log in to follow your cohort, check in to sessions, submit your work and receive your certificate.',
      `Log in: ${loginUrl}`,
      'See you at the hub!',
    ]);
  }
  return email(to.email, 'Selamat datang di Sanggar', [
    `Halo ${to.fullName},`,
    'Akun Sanggar Anda sudah siap. Masuk untuk mengikuti kelompok belajar Anda, presensi di setiap sesi, mengumpulkan tugas, dan menerima sertifikat.',
    `Masuk: ${loginUrl}`,
    'Sampai jumpa di hub!',
  ]);
}

export interface IssuedCertificate {
  holderName: string;
  curriculumTitle: string;
  hubName: string;
  verifyUrl: string;
  pdfUrl: string;
}

export function certificateEmail(to: { email: string; locale: Locale }, certificate: IssuedCertificate): Email {
  if (to.locale === Locale.en) {
    return email(to.email, `Your certificate: ${certificate.curriculumTitle}`, [
      `Congratulations ${certificate.holderName},`,
      `you completed ${certificate.curriculumTitle} at ${certificate.hubName}. Your certificate is ready.`,
      `Download it (PDF): ${certificate.pdfUrl}`,
      `Anyone can check it here, without logging in: ${certificate.verifyUrl}`,
    ]);
  }
  return email(to.email, `Sertifikat Anda: ${certificate.curriculumTitle}`, [
    `Selamat ${certificate.holderName},`,
    `Anda telah menyelesaikan ${certificate.curriculumTitle} di ${certificate.hubName}. Sertifikat Anda sudah terbit.`,
    `Unduh (PDF): ${certificate.pdfUrl}`,
    `Siapa pun dapat memeriksanya di sini, tanpa perlu masuk: ${certificate.verifyUrl}`,
  ]);
}

/** What an office-hour email tells; `by` is who booked, or who cancelled. */
export interface OfficeHourNotice {
  startupName: string;
  mentorName: string;
  by: { id: string; fullName: string };
  agenda: string;
  when: LocalizedText;
  place: string | null;
}

export function officeHourEmail(
  to: { id: string; email: string; fullName: string; locale: Locale },
  notice: OfficeHourNotice,
  cancelled: boolean,
): Email {
  const { startupName, mentorName, agenda, place } = notice;
  const byThem = to.id !== notice.by.id;
  if (to.locale === Locale.en) {
    const when = notice.when.en;
    const byName = byThem ? notice.by.fullName : 'You';
    return email(to.email, `${cancelled ? 'Cancelled' : 'Booked'}: office hours of ${startupName} with ${mentorName}, ${when}`, [
      `Hello ${to.fullName},`,
      cancelled
        ? `${byName} cancelled the office hours of ${startupName} with ${mentorName} on ${when}. The slot is free again.`
        : `${byName} booked office hours for ${startupName} with ${mentorName} on ${when}.`,
      `Place: ${place ?? 'to be agreed with the mentor'}`,
      `Agenda: ${agenda}`,
    ]);
  }
  const when = notice.when.id;
  const byName = byThem ? notice.by.fullName : 'Anda';
  return email(to.email, `${cancelled ? 'Dibatalkan' : 'Dipesan'}: jam konsultasi ${startupName} dengan ${mentorName}, ${when}`, [
    `Halo ${to.fullName},`,
    cancelled
      ? `${byName} membatalkan jam konsultasi ${startupName} dengan ${mentorName} pada ${when}. Slot ini kembali kosong.`
      : `${byName} memesan jam konsultasi untuk ${startupName} dengan ${mentorName} pada ${when}.`,
    `Tempat: ${place ?? 'disepakati bersama mentor'}`,
    `Agenda: ${agenda}`,
  ]);
}
