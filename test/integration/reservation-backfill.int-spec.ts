import { DataSource } from 'typeorm';
import { OfficeHours1795867514242 } from '../../libs/database/src/migrations/1795867514242-OfficeHours.js';
import { TestApp } from '../support/harness.js';
import { at, instant } from '../support/time.js';

/** The migration that brought office hours moves the room and mentor holds of existing sessions into `reservation`. */
describe('migration OfficeHours', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.start();
  });
  afterAll(() => app.close());

  it('gives every scheduled session of an existing database its reservation, and none to cancelled ones', async () => {
    const hub = await app.factory.hub();
    const room = await app.factory.room(hub.id);
    const mentor = await app.factory.mentor(hub.id);
    const cohort = await app.factory.cohort(hub.id);
    const runner = app.get(DataSource).createQueryRunner();
    const migration = new OfficeHours1795867514242();
    try {
      await migration.down(runner);
      const insert = (status: string, startsAt: string, mentorId: string | null) =>
        runner.query(
          `INSERT INTO session (cohort_id, title, room_id, mentor_id, starts_at, ends_at, status)
           VALUES ($1, 'Kelas', $2, $3, $4, $4::timestamptz + interval '2 hours', $5) RETURNING id`,
          [cohort.id, room.id, mentorId, startsAt, status],
        ) as Promise<{ id: string }[]>;
      // One connection: one statement at a time.
      const [held] = await insert('SCHEDULED', at(4, '09:00'), mentor.user.id);
      const [open] = await insert('SCHEDULED', at(5, '09:00'), null);
      const [cancelled] = await insert('CANCELLED', at(4, '09:00'), mentor.user.id);
      await migration.up(runner);
      const reservations = (await runner.query(
        `SELECT id, kind, room_id AS "roomId", mentor_id AS "mentorId", starts_at AS "startsAt" FROM reservation ORDER BY starts_at`,
      )) as unknown[];
      expect(reservations).toEqual([
        { id: held.id, kind: 'SESSION', roomId: room.id, mentorId: mentor.user.id, startsAt: instant(4, '09:00') },
        { id: open.id, kind: 'SESSION', roomId: room.id, mentorId: null, startsAt: instant(5, '09:00') },
      ]);
      expect(reservations).not.toContainEqual(expect.objectContaining({ id: cancelled.id }));
    } finally {
      await runner.release();
    }
  });
});
