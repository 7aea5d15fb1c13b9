import { DomainError, ErrorCode, conflict, forbidden, notFound, unauthenticated } from '@sanggar/core';

export const IdentityErrors = {
  emailTaken: () =>
    conflict({
      id: 'Email ini sudah terdaftar. Masuk dengan email ini atau gunakan email lain',
      en: 'This email is already registered. Log in with it or use another email',
    }),
  badCredentials: () => unauthenticated({ id: 'Email atau kata sandi salah', en: 'Wrong email or password' }),
  invalidToken: () =>
    unauthenticated({ id: 'Sesi tidak berlaku lagi; silakan masuk kembali', en: 'Your session is no longer valid; please log in again' }),
  refreshReused: () =>
    unauthenticated({
      id: 'Token penyegaran ini sudah pernah dipakai; semua sesi dari login ini dicabut. Silakan masuk kembali',
      en: 'This refresh token was already used; every session of this login was revoked. Please log in again',
    }),
  tooManyAttempts: (retryAfterSeconds: number) =>
    new DomainError(
      ErrorCode.Forbidden,
      {
        id: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${Math.ceil(retryAfterSeconds / 60)} menit`,
        en: `Too many failed login attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
      },
      undefined,
      { reason: 'RATE_LIMITED', retryAfterSeconds },
    ),
  userNotFound: () => notFound({ id: 'Pengguna', en: 'User' }),
  cannotCreateRole: () =>
    forbidden({
      id: 'Koordinator hanya dapat membuat mentor atau peserta di hub-nya sendiri',
      en: 'A coordinator can only create mentors or trainees in their own hub',
    }),
};
