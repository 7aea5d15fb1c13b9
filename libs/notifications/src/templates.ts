import { Locale } from '@sanggar/core';
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
