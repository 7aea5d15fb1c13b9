import { DataSource } from 'typeorm';
import { Locale, Role } from '@sanggar/core';
import { type HubEntity, MAX_ROOMS_PER_HUB } from '@sanggar/hubs';
import { TestApp, codes } from '../support/harness.js';
import { countStatements } from '../support/statements.js';
import { at } from '../support/time.js';

const CREATE_HUB = `mutation CreateHub($input: CreateHubInput!) { createHub(input: $input) { id name city timezone rooms { id } } }`;
const CREATE_ROOM = `mutation CreateRoom($input: CreateRoomInput!) { createRoom(input: $input) { id name capacity hub { id name } } }`;
const HUBS = `{ hubs { id name city timezone rooms { name capacity hub { id } } } }`;

describe('hubs and rooms', () => {
  let app: TestApp;
  let semarang: HubEntity;
  let solo: HubEntity;

  beforeAll(async () => {
    app = await TestApp.start();
    semarang = await app.factory.hub({ name: 'Hetero Space Semarang', city: 'Semarang' });
    solo = await app.factory.hub({ name: 'Hetero Space Solo', city: 'Surakarta' });
  });
  afterAll(() => app.close());

  const roomCount = async () => (await app.get(DataSource).query(`SELECT count(*)::int AS n FROM room`))[0].n as number;

  describe('createHub', () => {
    it('lets an admin create a hub, in Asia/Jakarta unless told otherwise', async () => {
      const admin = await app.factory.admin();
      const created = await app.gql<{ createHub: { name: string; timezone: string; rooms: unknown[] } }>(
        CREATE_HUB,
        { input: { name: 'Hetero Space Banyumas', city: 'Purwokerto' } },
        { token: admin.token },
      );
      expect(created.data?.createHub).toMatchObject({ name: 'Hetero Space Banyumas', timezone: 'Asia/Jakarta', rooms: [] });

      const makassar = await app.gql(
        CREATE_HUB,
        { input: { name: 'Hub Makassar', city: 'Makassar', timezone: 'Asia/Makassar' } },
        { token: admin.token },
      );
      expect(makassar.data).toMatchObject({ createHub: { timezone: 'Asia/Makassar' } });
    });

    it('refuses an unknown time zone with a message on the field, in the caller’s own language', async () => {
      const admin = await app.factory.admin();
      const input = { name: 'Hub Mars', city: 'Olympus', timezone: 'Mars/Olympus' };
      // The profile's language wins over the browser's Accept-Language.
      const bad = await app.gql(CREATE_HUB, { input }, { token: admin.token, headers: { 'accept-language': 'en' } });
      expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
      expect(bad.errors?.[0].extensions.fields).toEqual({
        timezone: '"Mars/Olympus" bukan zona waktu IANA yang dikenal, misalnya Asia/Jakarta',
      });
      const englishAdmin = await app.factory.person(Role.ADMIN, undefined, { locale: Locale.en });
      const inEnglish = await app.gql(CREATE_HUB, { input }, { token: englishAdmin.token });
      expect(inEnglish.errors?.[0].extensions.fields).toEqual({
        timezone: '"Mars/Olympus" is not a known IANA time zone, e.g. Asia/Jakarta',
      });
    });

    it('refuses a second hub with the same name', async () => {
      const admin = await app.factory.admin();
      const again = await app.gql(CREATE_HUB, { input: { name: 'Hetero Space Semarang', city: 'Semarang' } }, { token: admin.token });
      expect(codes(again)).toEqual(['CONFLICT']);
    });

    it('is for admins only', async () => {
      const coordinator = await app.factory.coordinator(semarang.id);
      expect(codes(await app.gql(CREATE_HUB, { input: { name: 'X', city: 'Y' } }, { token: coordinator.token }))).toEqual(['FORBIDDEN']);
      expect(codes(await app.gql(CREATE_HUB, { input: { name: 'X', city: 'Y' } }))).toEqual(['UNAUTHENTICATED']);
    });
  });

  describe('updateHub', () => {
    const UPDATE_HUB = `mutation($input: UpdateHubInput!) { updateHub(input: $input) { id name city timezone signupApproval } }`;

    it('renames a hub and moves its city for admins; its coordinators change only the time zone and sign-up approval', async () => {
      const admin = await app.factory.admin();
      const hub = await app.factory.hub({ name: 'Hetero Space Purwokerto', city: 'Purwokerto' });
      const renamed = await app.gql(
        UPDATE_HUB,
        { input: { id: hub.id, name: '  Hetero Space Banyumas Raya ', city: 'Banyumas' } },
        { token: admin.token },
      );
      expect(renamed.data).toEqual({
        updateHub: { id: hub.id, name: 'Hetero Space Banyumas Raya', city: 'Banyumas', timezone: 'Asia/Jakarta', signupApproval: false },
      });

      const coordinator = await app.factory.coordinator(hub.id);
      expect(codes(await app.gql(UPDATE_HUB, { input: { id: hub.id, name: 'Hub Saya' } }, { token: coordinator.token }))).toEqual([
        'FORBIDDEN',
      ]);
      const zone = await app.gql(UPDATE_HUB, { input: { id: hub.id, timezone: 'Asia/Makassar' } }, { token: coordinator.token });
      expect(zone.data).toMatchObject({ updateHub: { name: 'Hetero Space Banyumas Raya', timezone: 'Asia/Makassar' } });

      // A name another hub has, or an empty one, changes nothing.
      expect(codes(await app.gql(UPDATE_HUB, { input: { id: hub.id, name: 'Hetero Space Solo' } }, { token: admin.token }))).toEqual([
        'CONFLICT',
      ]);
      expect(codes(await app.gql(UPDATE_HUB, { input: { id: hub.id, city: '  ' } }, { token: admin.token }))).toEqual(['BAD_USER_INPUT']);
      const [row] = await app.get(DataSource).query(`SELECT name, city FROM hub WHERE id = $1`, [hub.id]);
      expect(row).toEqual({ name: 'Hetero Space Banyumas Raya', city: 'Banyumas' });
    });
  });

  describe('createRoom', () => {
    it('lets the hub’s coordinator and an admin create rooms', async () => {
      const coordinator = await app.factory.coordinator(semarang.id);
      const admin = await app.factory.admin();
      const byCoordinator = await app.gql(
        CREATE_ROOM,
        { input: { hubId: semarang.id, name: 'Ruang Kriya', capacity: 30 } },
        { token: coordinator.token },
      );
      expect(byCoordinator.data).toEqual({
        createRoom: { id: expect.any(String), name: 'Ruang Kriya', capacity: 30, hub: { id: semarang.id, name: 'Hetero Space Semarang' } },
      });
      const byAdmin = await app.gql(CREATE_ROOM, { input: { hubId: solo.id, name: 'Pendopo', capacity: 80 } }, { token: admin.token });
      expect(byAdmin.errors).toBeUndefined();
    });

    it('forbids a coordinator of another hub, and mentors and trainees, and creates nothing', async () => {
      const before = await roomCount();
      const otherCoordinator = await app.factory.coordinator(solo.id);
      const mentor = await app.factory.mentor(semarang.id);
      const trainee = await app.factory.trainee(semarang.id);
      for (const person of [otherCoordinator, mentor, trainee]) {
        const denied = await app.gql(
          CREATE_ROOM,
          { input: { hubId: semarang.id, name: 'Ruang Rahasia', capacity: 10 } },
          { token: person.token },
        );
        expect(codes(denied)).toEqual(['FORBIDDEN']);
      }
      expect(await roomCount()).toBe(before);
    });

    it('refuses a capacity of zero or less with a message on the field', async () => {
      const coordinator = await app.factory.coordinator(semarang.id);
      for (const capacity of [0, -5]) {
        const bad = await app.gql(
          CREATE_ROOM,
          { input: { hubId: semarang.id, name: 'Ruang Kosong', capacity } },
          { token: coordinator.token },
        );
        expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
        expect(bad.errors?.[0].extensions.fields).toEqual({ capacity: 'Kapasitas minimal 1 orang' });
      }
    });

    it('refuses a second room with the same name in one hub, and a hub that does not exist', async () => {
      const admin = await app.factory.admin();
      await app.factory.room(semarang.id, { name: 'Aula Utama' });
      expect(
        codes(await app.gql(CREATE_ROOM, { input: { hubId: semarang.id, name: 'Aula Utama', capacity: 100 } }, { token: admin.token })),
      ).toEqual(['CONFLICT']);
      expect(
        codes(
          await app.gql(
            CREATE_ROOM,
            { input: { hubId: '7c9e6679-7425-40de-944b-e07fc1f90ae7', name: 'Aula', capacity: 100 } },
            { token: admin.token },
          ),
        ),
      ).toEqual(['NOT_FOUND']);
    });

    it(`keeps a hub at ${MAX_ROOMS_PER_HUB} rooms, the cap Hub.rooms documents, even when the last ones race`, async () => {
      const admin = await app.factory.admin();
      const full = await app.factory.hub();
      for (let i = 0; i < MAX_ROOMS_PER_HUB - 5; i++) await app.factory.room(full.id);
      const racing = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          app.gql(CREATE_ROOM, { input: { hubId: full.id, name: `Ruang Rebutan ${i}`, capacity: 10 } }, { token: admin.token }),
        ),
      );
      expect(racing.filter((answer) => answer.data?.createRoom)).toHaveLength(5);
      expect(racing.flatMap((answer) => answer.errors ?? []).map((error) => error.extensions)).toEqual(
        Array.from({ length: 5 }, () => ({ code: 'CONFLICT', reason: 'TOO_MANY_ROOMS' })),
      );
      const [{ count }] = await app.get(DataSource).query(`SELECT count(*)::int AS count FROM room WHERE hub_id = $1`, [full.id]);
      expect(count).toBe(MAX_ROOMS_PER_HUB);
    });
  });

  describe('updateRoom', () => {
    const UPDATE_ROOM = `mutation($id: ID!, $input: UpdateRoomInput!) { updateRoom(id: $id, input: $input) { name capacity } }`;

    it('renames and resizes a room for the hub’s coordinator; a taken name, a bad size and another hub are refused', async () => {
      const coordinator = await app.factory.coordinator(semarang.id);
      const room = await app.factory.room(semarang.id, { name: 'Ruang 2.1', capacity: 20 });
      await app.factory.room(semarang.id, { name: 'Ruang 2.2' });
      const update = (input: Record<string, unknown>, token = coordinator.token) => app.gql(UPDATE_ROOM, { id: room.id, input }, { token });
      expect((await update({ name: ' Studio Foto ', capacity: 24 })).data).toEqual({ updateRoom: { name: 'Studio Foto', capacity: 24 } });
      expect((await update({ capacity: 26 })).data).toEqual({ updateRoom: { name: 'Studio Foto', capacity: 26 } });
      expect(codes(await update({ name: 'Ruang 2.2' }))).toEqual(['CONFLICT']);
      expect(Object.keys((await update({ capacity: 0 })).errors![0].extensions.fields!)).toEqual(['capacity']);
      const stranger = await app.factory.coordinator(solo.id);
      expect(codes(await update({ name: 'Milik Solo' }, stranger.token))).toEqual(['NOT_FOUND']);
      const mentor = await app.factory.mentor(semarang.id);
      expect(codes(await update({ name: 'Oleh mentor' }, mentor.token))).toEqual(['FORBIDDEN']);
      const [stored] = await app.get(DataSource).query(`SELECT name, capacity FROM room WHERE id = $1`, [room.id]);
      expect(stored).toEqual({ name: 'Studio Foto', capacity: 26 });
    });
  });

  it('lists hubs and their rooms to anyone, without logging in', async () => {
    const listed = await app.gql<{ hubs: { id: string; name: string; rooms: { name: string; hub: { id: string } }[] }[] }>(HUBS);
    expect(listed.errors).toBeUndefined();
    const semarangListed = listed.data!.hubs.find((hub) => hub.id === semarang.id)!;
    expect(semarangListed.rooms.map((room) => room.name)).toEqual(expect.arrayContaining(['Aula Utama', 'Ruang Kriya']));
    expect(semarangListed.rooms.every((room) => room.hub.id === semarang.id)).toBe(true);
    const one = await app.gql<{ hub: { name: string; rooms: unknown[] } }>(`query($id: ID!) { hub(id: $id) { name rooms { name } } }`, {
      id: semarang.id,
    });
    expect(one.data?.hub).toEqual({ name: 'Hetero Space Semarang', rooms: semarangListed.rooms.map((room) => ({ name: room.name })) });
    expect(codes(await app.gql(`query($id: ID!) { hub(id: $id) { name } }`, { id: '00000000-0000-4000-8000-000000000000' }))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('reads a hub once for a screen that shows it and writes times in its zone (the hub home)', async () => {
    const coordinator = await app.factory.coordinator(semarang.id);
    const query = `query($id: ID!, $from: DateTime!, $to: DateTime!) { hub(id: $id) { name timezone } roomSchedule(hubId: $id, from: $from, to: $to) { startsAt } }`;
    const variables = { id: semarang.id, from: at(0, '00:00'), to: at(1, '00:00') };
    let answer: Awaited<ReturnType<TestApp['gql']>> | undefined;
    const statements = await countStatements(async () => (answer = await app.as(coordinator).gql(query, variables)));
    expect(answer?.errors).toBeUndefined();
    // The hub (also what the schedule's times need for their zone), the schedule.
    expect(statements).toBe(2);
  });
});
