import { Locale, type LocalizedText } from '@sanggar/core';
import { layoutEmail } from './email-layout.js';
import type { Email } from './mailer.js';

/** An account or booking email in the common layout. */
const email = (to: { email: string; locale: Locale }, subject: string, paragraphs: string[]): Email =>
  layoutEmail({ to: to.email, locale: to.locale, subject, paragraphs });

/** The subject of each account and booking email by its template name (office hours: what happened, without the details). */
export const emailSubjects: Record<string, LocalizedText> = {
  welcome: { id: 'Selamat datang di Sanggar', en: 'Welcome to Sanggar' },
  'verify-email': { id: 'Konfirmasi email Anda untuk Sanggar', en: 'Confirm your email for Sanggar' },
  'reset-password': { id: 'Buat kata sandi Sanggar yang baru', en: 'Set a new Sanggar password' },
  invitation: { id: 'Anda diundang ke Sanggar', en: 'You are invited to Sanggar' },
  'sign-up-notice': { id: 'Ada yang mencoba mendaftar dengan email Anda', en: 'Someone tried to sign up with your email' },
  'office-hour-booked': { id: 'Konsultasi dipesan', en: 'Office hours booked' },
  'office-hour-cancelled': { id: 'Konsultasi dibatalkan', en: 'Office hours cancelled' },
  'data-export': { id: 'Salinan data Anda sudah siap', en: 'Your copy of your data is ready' },
};

/** Where emailed links lead in the web app (routes of apps/web). */
export const appLinks = (publicUrl: string) => ({
  home: `${publicUrl}/`,
  login: `${publicUrl}/login`,
  forgotPassword: `${publicUrl}/forgot-password`,
  verifyEmail: (token: string) => `${publicUrl}/verify-email?token=${encodeURIComponent(token)}`,
  resetPassword: (token: string) => `${publicUrl}/reset-password?token=${encodeURIComponent(token)}`,
  invitation: (token: string) => `${publicUrl}/invitation?token=${encodeURIComponent(token)}`,
});

interface Recipient {
  email: string;
  fullName: string;
  locale: Locale;
}

export function welcomeEmail(to: Recipient, appUrl: string): Email {
  if (to.locale === Locale.en) {
    return email(to, emailSubjects['welcome'].en, [
      `Hello ${to.fullName},`,
      'Your Sanggar account is ready. Log in to follow your cohort, check in to sessions, submit your work and receive your certificate.',
      `Log in: ${appUrl}`,
      'See you at the hub!',
    ]);
  }
  return email(to, emailSubjects['welcome'].id, [
    `Halo ${to.fullName},`,
    'Akun Sanggar Anda sudah siap. Masuk untuk mengikuti kelompok belajar Anda, presensi di setiap sesi, mengumpulkan tugas, dan menerima sertifikat.',
    `Masuk: ${appUrl}`,
    'Sampai jumpa di hub!',
  ]);
}

/** To a self-registered address: only the name the person typed, nothing else they wrote. */
export function verifyEmailEmail(to: Recipient, link: string): Email {
  if (to.locale === Locale.en) {
    return email(to, emailSubjects['verify-email'].en, [
      `Hello ${to.fullName},`,
      'Someone (we hope you) signed up for Sanggar with this address. Confirm it to log in:',
      link,
      'The link works for 48 hours. If it was not you, ignore this email: no account is used without this link.',
    ]);
  }
  return email(to, emailSubjects['verify-email'].id, [
    `Halo ${to.fullName},`,
    'Seseorang (semoga Anda) mendaftar di Sanggar dengan alamat ini. Konfirmasikan untuk bisa masuk:',
    link,
    'Tautan berlaku 48 jam. Jika bukan Anda, abaikan email ini: akun tidak bisa dipakai tanpa tautan ini.',
  ]);
}

export function resetPasswordEmail(to: Recipient, link: string): Email {
  if (to.locale === Locale.en) {
    return email(to, emailSubjects['reset-password'].en, [
      `Hello ${to.fullName},`,
      'Someone asked to reset the password of your Sanggar account. Choose a new one here:',
      link,
      'The link works once, for 30 minutes. If you did not ask, ignore this email: your password stays as it is.',
    ]);
  }
  return email(to, emailSubjects['reset-password'].id, [
    `Halo ${to.fullName},`,
    'Ada permintaan mengatur ulang kata sandi akun Sanggar Anda. Buat kata sandi baru di sini:',
    link,
    'Tautan hanya bisa dipakai sekali, selama 30 menit. Jika Anda tidak memintanya, abaikan email ini: kata sandi Anda tidak berubah.',
  ]);
}

export function invitationEmail(to: Recipient, link: string): Email {
  if (to.locale === Locale.en) {
    return email(to, emailSubjects['invitation'].en, [
      `Hello ${to.fullName},`,
      'Your hub has made you a Sanggar account. Choose your password to start:',
      link,
      'The link works for 7 days. Your hub’s coordinator can send a new one.',
    ]);
  }
  return email(to, emailSubjects['invitation'].id, [
    `Halo ${to.fullName},`,
    'Hub Anda telah membuatkan akun Sanggar untuk Anda. Buat kata sandi Anda untuk mulai:',
    link,
    'Tautan berlaku 7 hari. Koordinator hub Anda dapat mengirim tautan baru.',
  ]);
}

/** To the owner of an address someone tried to sign up with again. */
export function signUpNoticeEmail(to: Recipient, links: { login: string; forgotPassword: string }): Email {
  if (to.locale === Locale.en) {
    return email(to, emailSubjects['sign-up-notice'].en, [
      `Hello ${to.fullName},`,
      'Someone tried to create a Sanggar account with this address, which already has one. Nothing was changed.',
      `If it was you, log in here: ${links.login} — forgotten your password? ${links.forgotPassword}`,
      'If it was not you, you need do nothing.',
    ]);
  }
  return email(to, emailSubjects['sign-up-notice'].id, [
    `Halo ${to.fullName},`,
    'Seseorang mencoba membuat akun Sanggar dengan alamat ini, padahal alamat ini sudah punya akun. Tidak ada yang berubah.',
    `Jika itu Anda, masuk di sini: ${links.login} — lupa kata sandi? ${links.forgotPassword}`,
    'Jika bukan Anda, tidak perlu melakukan apa pun.',
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

/** `link`: where the recipient sees their office hours (the mentor's page, or the start-up's). */
export function officeHourEmail(
  to: { id: string; email: string; fullName: string; locale: Locale },
  notice: OfficeHourNotice,
  cancelled: boolean,
  link: string,
): Email {
  const { startupName, mentorName, agenda, place } = notice;
  const byThem = to.id !== notice.by.id;
  if (to.locale === Locale.en) {
    const when = notice.when.en;
    const byName = byThem ? notice.by.fullName : 'You';
    return email(to, `${cancelled ? 'Cancelled' : 'Booked'}: office hours of ${startupName} with ${mentorName}, ${when}`, [
      `Hello ${to.fullName},`,
      cancelled
        ? `${byName} cancelled the office hours of ${startupName} with ${mentorName} on ${when}. The slot is free again.`
        : `${byName} booked office hours for ${startupName} with ${mentorName} on ${when}.`,
      `Place: ${place ?? 'to be agreed with the mentor'}`,
      `Agenda: ${agenda}`,
      `See your office hours: ${link}`,
    ]);
  }
  const when = notice.when.id;
  const byName = byThem ? notice.by.fullName : 'Anda';
  return email(to, `${cancelled ? 'Dibatalkan' : 'Dipesan'}: jam konsultasi ${startupName} dengan ${mentorName}, ${when}`, [
    `Halo ${to.fullName},`,
    cancelled
      ? `${byName} membatalkan jam konsultasi ${startupName} dengan ${mentorName} pada ${when}. Slot ini kembali kosong.`
      : `${byName} memesan jam konsultasi untuk ${startupName} dengan ${mentorName} pada ${when}.`,
    `Tempat: ${place ?? 'disepakati bersama mentor'}`,
    `Agenda: ${agenda}`,
    `Lihat jam konsultasi Anda: ${link}`,
  ]);
}

/** The link to a person's own archive: it works once, for 7 days (the date as the hub reads it). */
export function dataExportEmail(to: Recipient, link: string, until: string): Email {
  if (to.locale === Locale.en) {
    return email(to, emailSubjects['data-export'].en, [
      `Hello ${to.fullName},`,
      'You asked Sanggar for a copy of everything it holds about you. It is ready: one ZIP file with your data as JSON and a summary you can open in a browser.',
      `Download it (the link works once, until ${until}): ${link}`,
      'If you did not ask for this, change your password and tell your hub’s coordinator.',
    ]);
  }
  return email(to, emailSubjects['data-export'].id, [
    `Halo ${to.fullName},`,
    'Anda meminta salinan semua data Anda di Sanggar. Salinannya sudah siap: satu berkas ZIP berisi data Anda dalam JSON dan ringkasan yang bisa dibuka di peramban.',
    `Unduh (tautan ini hanya bisa dipakai sekali, sampai ${until}): ${link}`,
    'Jika Anda tidak memintanya, ganti kata sandi Anda dan beri tahu koordinator hub Anda.',
  ]);
}
