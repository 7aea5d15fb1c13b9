import {
  DomainError,
  ErrorCode,
  type LocalizedText,
  conflict,
  forbidden,
  invalidField,
  notFound,
  unauthenticated,
  withReasons,
} from '@sanggar/core';

export const IdentityErrors = withReasons({
  cannotEdit: () =>
    forbidden({
      id: 'Hanya admin, atau koordinator untuk mentor dan peserta hubnya, yang boleh mengubah nama',
      en: 'Only an admin, or a coordinator for the mentors and trainees of their hub, may change a name',
    }),
  notYourHub: () =>
    forbidden({ id: 'Hanya koordinator hub ini yang melihat daftar anggotanya', en: 'Only this hub’s coordinators see its members' }),
  membersPageTooLarge: (max: number) =>
    invalidField('first', { id: `Paling banyak ${max} anggota per halaman`, en: `At most ${max} members per page` }),
  badMembersCursor: () => invalidField('after', { id: 'Kursor halaman tidak valid', en: 'Invalid page cursor' }),
  emailTaken: () =>
    conflict({
      id: 'Email ini sudah terdaftar. Masuk dengan email ini atau gunakan email lain',
      en: 'This email is already registered. Log in with it or use another email',
    }),
  emailNotVerified: () =>
    new DomainError(
      ErrorCode.Forbidden,
      {
        id: 'Konfirmasikan email Anda dulu: kami sudah mengirim tautan ke kotak masuk Anda',
        en: 'Confirm your email first: we have sent a link to your inbox',
      },
      undefined,
      {},
    ),
  accountDeactivated: () =>
    new DomainError(
      ErrorCode.Forbidden,
      { id: 'Akun ini dinonaktifkan. Hubungi koordinator hub Anda', en: 'This account is deactivated. Contact your hub’s coordinator' },
      undefined,
      {},
    ),
  linkInvalid: () =>
    invalidField('token', {
      id: 'Tautan ini tidak berlaku lagi (sudah dipakai atau kedaluwarsa). Minta tautan baru',
      en: 'This link no longer works (it was used or has expired). Ask for a new one',
    }),
  wrongCurrentPassword: () => invalidField('currentPassword', { id: 'Kata sandi saat ini salah', en: 'The current password is wrong' }),
  weakPassword: (field: string, text: LocalizedText) => invalidField(field, text),
  cannotDeactivate: () =>
    forbidden({
      id: 'Koordinator hanya dapat menonaktifkan mentor atau peserta di hub-nya; admin tidak dapat menonaktifkan dirinya sendiri',
      en: 'A coordinator can only deactivate mentors or trainees of their hub; an admin cannot deactivate themself',
    }),
  membershipNotFound: () => notFound({ id: 'Pendaftaran di hub', en: 'Hub membership' }),
  badCredentials: () => unauthenticated({ id: 'Email atau kata sandi salah', en: 'Wrong email or password' }),
  invalidToken: () =>
    unauthenticated({ id: 'Sesi tidak berlaku lagi; silakan masuk kembali', en: 'Your session is no longer valid; please log in again' }),
  refreshReused: () =>
    unauthenticated({
      id: 'Token penyegaran ini sudah pernah dipakai; semua sesi dari login ini dicabut. Silakan masuk kembali',
      en: 'This refresh token was already used; every session of this login was revoked. Please log in again',
    }),
  rateLimited: (retryAfterSeconds: number) =>
    new DomainError(
      ErrorCode.Forbidden,
      {
        id: `Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${Math.ceil(retryAfterSeconds / 60)} menit`,
        en: `Too many failed login attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
      },
      undefined,
      { retryAfterSeconds },
    ),
  userNotFound: () => notFound({ id: 'Pengguna', en: 'User' }),
  consentInFuture: () =>
    invalidField('consentedOn', { id: 'Tanggal persetujuan tidak boleh di masa depan', en: 'The consent date cannot be in the future' }),
  privacyNoticeChanged: () =>
    invalidField('version', {
      id: 'Pemberitahuan privasi sudah diperbarui. Muat ulang halaman dan baca versi terbaru',
      en: 'The privacy notice was updated. Reload the page and read the latest version',
    }),
  cannotCreateRole: () =>
    forbidden({
      id: 'Koordinator hanya dapat membuat mentor atau peserta di hub-nya sendiri',
      en: 'A coordinator can only create mentors or trainees in their own hub',
    }),
});
