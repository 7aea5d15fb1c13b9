import { conflict, invalidField, limitReached, notFound, withReasons } from '@sanggar/core';

export const HubErrors = withReasons({
  hubNotFound: () => notFound({ id: 'Hub', en: 'Hub' }),
  roomNotFound: () => notFound({ id: 'Ruang', en: 'Room' }),
  hubNameTaken: (name: string) => conflict({ id: `Sudah ada hub bernama "${name}"`, en: `A hub named "${name}" already exists` }),
  roomNameTaken: (name: string) =>
    conflict({ id: `Hub ini sudah punya ruang bernama "${name}"`, en: `This hub already has a room named "${name}"` }),
  tooManyRooms: (max: number) => limitReached({ id: `Satu hub paling banyak punya ${max} ruang`, en: `A hub has at most ${max} rooms` }),
  unknownTimezone: (zone: string) =>
    invalidField('timezone', {
      id: `"${zone}" bukan zona waktu IANA yang dikenal, misalnya Asia/Jakarta`,
      en: `"${zone}" is not a known IANA time zone, e.g. Asia/Jakarta`,
    }),
});
