import pg from 'pg';
import { CohortRows } from '@sanggar/cohorts';
import { CallerCache } from '@sanggar/identity';
import { RowChanges } from '../../apps/api/src/changes/row-changes.js';
import { TestApp, codes, eventually } from '../support/harness.js';
import { isCallerCheck, isCohortRead, statementsSent } from '../support/statements.js';

/**
 * The api remembers callers (CallerCache) and cohorts (CohortRows) between requests only while it
 * hears of every change to what they are read from. These tests change rows behind its back, on a
 * connection of their own as an operator or another process would, and through its own mutations.
 */
describe('rows remembered between requests', () => {
  let app: TestApp;
  let operator: pg.Client;
  let hub: { id: string };
  let otherHub: { id: string };

  beforeAll(async () => {
    app = await TestApp.start();
    operator = new pg.Client({ connectionString: app.config.DATABASE_URL });
    await operator.connect();
    hub = await app.factory.hub();
    otherHub = await app.factory.hub();
  });
  afterAll(async () => {
    await operator.end();
    await app.close();
  });

  const ME = `{ me { id fullName } }`;
  const callerChecksOf = async (work: () => Promise<unknown>) =>
    (await statementsSent(work, { rememberedReads: true })).filter(isCallerCheck);
  const cohortReadsOf = async (work: () => Promise<unknown>) =>
    (await statementsSent(work, { rememberedReads: true })).filter(isCohortRead);
  /** What a change committed elsewhere looks like once the api has heard of it (as it does within moments). */
  const changedElsewhere = async (sql: string, parameters: unknown[]) => {
    await operator.query(sql, parameters);
    await app.get(RowChanges).heard();
  };

  it('reads a caller once, then answers from memory until their row changes; a deactivated caller is refused at once', async () => {
    const trainee = await app.factory.trainee(hub.id, { fullName: 'Rina Lestari' });
    const { token } = trainee;
    await app.gql(ME, {}, { token });
    expect(await callerChecksOf(() => app.gql(ME, {}, { token }))).toEqual([]);

    await changedElsewhere(`UPDATE "user" SET full_name = 'Rina Lestari Putri' WHERE id = $1`, [trainee.user.id]);
    let answer: Awaited<ReturnType<TestApp['gql']>> | undefined;
    expect(await callerChecksOf(async () => (answer = await app.gql(ME, {}, { token })))).toHaveLength(1);
    expect(answer!.data).toEqual({ me: { id: trainee.user.id, fullName: 'Rina Lestari Putri' } });

    await changedElsewhere(`UPDATE "user" SET deactivated_at = now() WHERE id = $1`, [trainee.user.id]);
    expect(codes(await app.gql(ME, {}, { token }))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuses the access token of a login ended elsewhere', async () => {
    const trainee = await app.factory.trainee(hub.id);
    const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken } }`;
    const { data } = await app.gql<{ login: { accessToken: string; refreshToken: string } }>(LOGIN, {
      input: { email: trainee.email, password: trainee.password },
    });
    const { accessToken, refreshToken } = data!.login;
    expect((await app.gql(ME, {}, { token: accessToken })).data).toBeTruthy();
    expect(await callerChecksOf(() => app.gql(ME, {}, { token: accessToken }))).toEqual([]);

    await changedElsewhere(`UPDATE refresh_token SET revoked_at = now() WHERE id = $1`, [refreshToken.split('.')[0]]);
    expect(codes(await app.gql(ME, {}, { token: accessToken }))).toEqual(['UNAUTHENTICATED']);
  });

  it('follows hub memberships granted and removed elsewhere', async () => {
    const coordinator = await app.factory.coordinator(hub.id);
    const MEMBERS = `query($hubId: ID!) { members(hubId: $hubId, first: 1) { totalCount } }`;
    const other = () => app.as(coordinator).gql(MEMBERS, { hubId: otherHub.id });
    expect(codes(await other())).toEqual(['FORBIDDEN']);

    await changedElsewhere(`INSERT INTO hub_membership (user_id, hub_id, approved_at) VALUES ($1, $2, now())`, [
      coordinator.user.id,
      otherHub.id,
    ]);
    expect((await other()).data).toEqual({ members: { totalCount: 1 } });

    await changedElsewhere(`DELETE FROM hub_membership WHERE user_id = $1 AND hub_id = $2`, [coordinator.user.id, otherHub.id]);
    expect(codes(await other())).toEqual(['FORBIDDEN']);
  });

  it('applies its own mutations before answering them: a member deactivated is refused on their very next request', async () => {
    const coordinator = await app.factory.coordinator(hub.id);
    const trainee = await app.factory.trainee(hub.id);
    await app.gql(ME, {}, { token: trainee.token });
    const deactivated = await app.as(coordinator).gql(`mutation($id: ID!) { deactivateUser(id: $id) { id } }`, { id: trainee.user.id });
    expect(deactivated.errors).toBeUndefined();
    expect(codes(await app.gql(ME, {}, { token: trainee.token }))).toEqual(['UNAUTHENTICATED']);
  });

  it('reads every caller and cohort afresh while it cannot hear changes, and remembers again once it can', async () => {
    const cache = app.get(CallerCache);
    const cohorts = app.get(CohortRows);
    const trainee = await app.factory.trainee(hub.id);
    await app.gql(ME, {}, { token: trainee.token });
    expect(await callerChecksOf(() => app.gql(ME, {}, { token: trainee.token }))).toEqual([]);

    await operator.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'sanggar-row-changes' AND datname = current_database()`,
    );
    await eventually(() => expect(cache.trusted).toBe(false));
    expect(cohorts.trusted).toBe(false);
    expect(await callerChecksOf(() => app.gql(ME, {}, { token: trainee.token }))).toHaveLength(1);

    await eventually(() => expect(cache.trusted).toBe(true));
    expect(cohorts.trusted).toBe(true);
    await app.gql(ME, {}, { token: trainee.token });
    expect(await callerChecksOf(() => app.gql(ME, {}, { token: trainee.token }))).toEqual([]);
    // Heard again: a change elsewhere applies.
    await changedElsewhere(`UPDATE "user" SET deactivated_at = now() WHERE id = $1`, [trainee.user.id]);
    expect(codes(await app.gql(ME, {}, { token: trainee.token }))).toEqual(['UNAUTHENTICATED']);
  });

  describe('cohorts', () => {
    const COHORT = `query($id: ID!) { cohort(id: $id) { id name } }`;
    type CohortAnswer = Awaited<ReturnType<TestApp['gql']>> | undefined;

    it('reads a cohort once, then answers from memory until its row changes', async () => {
      const coordinator = await app.factory.coordinator(hub.id);
      const cohort = await app.factory.cohort(hub.id, { name: 'Angkatan Kriya' });
      const read = () => app.as(coordinator).gql(COHORT, { id: cohort.id });
      let answer: CohortAnswer;
      expect(await cohortReadsOf(async () => (answer = await read()))).toHaveLength(1);
      expect(await cohortReadsOf(async () => (answer = await read()))).toEqual([]);
      expect(answer!.data).toEqual({ cohort: { id: cohort.id, name: 'Angkatan Kriya' } });

      await changedElsewhere(`UPDATE cohort SET name = 'Angkatan Kriya Solo' WHERE id = $1`, [cohort.id]);
      expect(await cohortReadsOf(async () => (answer = await read()))).toHaveLength(1);
      expect(answer!.data).toEqual({ cohort: { id: cohort.id, name: 'Angkatan Kriya Solo' } });
    });

    it('shows a remembered cohort only to those who may see it', async () => {
      const cohort = await app.factory.cohort(hub.id);
      await app.as(await app.factory.coordinator(hub.id)).gql(COHORT, { id: cohort.id });
      const elsewhere = await app.factory.coordinator(otherHub.id);
      const mentor = await app.factory.mentor(hub.id);
      expect(
        await cohortReadsOf(async () => expect(codes(await app.as(elsewhere).gql(COHORT, { id: cohort.id }))).toEqual(['NOT_FOUND'])),
      ).toEqual([]);
      expect(codes(await app.as(mentor).gql(COHORT, { id: cohort.id }))).toEqual(['NOT_FOUND']);
    });

    it('reads afresh within a mutation, whose own change holds on the next request', async () => {
      const coordinator = await app.factory.coordinator(hub.id);
      const cohort = await app.factory.cohort(hub.id, { name: 'Angkatan Desain' });
      const trainee = await app.factory.trainee(hub.id);
      await app.as(coordinator).gql(COHORT, { id: cohort.id });
      const ENROLL = `mutation($input: EnrollInput!) { enrollTrainee(input: $input) { cohort { name } } }`;
      let enrolled: CohortAnswer;
      const reads = await cohortReadsOf(
        async () => (enrolled = await app.as(coordinator).gql(ENROLL, { input: { cohortId: cohort.id, traineeId: trainee.user.id } })),
      );
      expect(enrolled!.data).toEqual({ enrollTrainee: { cohort: { name: 'Angkatan Desain' } } });
      expect(reads).toHaveLength(1);

      const RENAME = `mutation($id: ID!) { updateCohort(id: $id, input: { name: "Angkatan Desain Grafis" }) { name } }`;
      expect((await app.as(coordinator).gql(RENAME, { id: cohort.id })).errors).toBeUndefined();
      expect((await app.as(coordinator).gql(COHORT, { id: cohort.id })).data).toEqual({
        cohort: { id: cohort.id, name: 'Angkatan Desain Grafis' },
      });
    });
  });
});
