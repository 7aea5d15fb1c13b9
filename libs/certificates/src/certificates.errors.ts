import { conflict, invalidField, notFound, withReasons } from '@sanggar/core';

export const CertificateErrors = withReasons({
  certificateNotFound: () => notFound({ id: 'Sertifikat', en: 'Certificate' }),
  issuerNotFound: () => notFound({ id: 'Penerbit', en: 'Issuer' }),
  achievementNotFound: () => notFound({ id: 'Program', en: 'Achievement' }),
  notValid: (status: string) =>
    conflict({
      id: `Sertifikat ini berstatus ${status} dan tidak bisa dicabut lagi`,
      en: `This certificate is ${status} and cannot be revoked again`,
    }),
  reasonNeeded: () =>
    invalidField('reason', {
      id: 'Tuliskan alasan pencabutan, maksimal 500 karakter',
      en: 'Give the reason for revoking, at most 500 characters',
    }),
  revokedIsFinal: () =>
    conflict({
      id: 'Sertifikat yang sudah dicabut tidak dapat diterbitkan ulang',
      en: 'A revoked certificate cannot be reissued',
    }),
  superseded: () =>
    conflict({
      id: 'Sertifikat ini sudah digantikan; terbitkan ulang yang terbaru',
      en: 'This certificate was superseded; reissue the newest one',
    }),
});
