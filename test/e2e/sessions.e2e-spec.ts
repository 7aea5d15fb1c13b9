import { DataSource } from 'typeorm';
import type { HubEntity } from '@sanggar/hubs';
import type { Person } from '../support/factories.js';
import { TestApp, codes, eventually } from '../support/harness.js';

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }`;
const REFRESH = `mutation($token: String!) { refreshToken(token: $token) { accessToken refreshToken } }`;
const ME = `{ me { id } }`;
const LOGOUT = `mutation { logout }`;
const LOGOUT_EVERYWHERE = `mutation { logoutEverywhere }`;
const CHANGE_PASSWORD = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { accessToken user { id } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const DEACTIVATE = `mutation($id: ID!) { deactivateUser(id: $id) { id } }`;
const REACTIVATE = `mutation($id: ID!) { reactivateUser(id: $id) { id } }`;
const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { accessToken user { id hubs { id } } } }`;
const PENDING = `query($hubId: ID!) { pendingMembers(hubId: $hubId) { id email } }`;
const APPROVE = `mutation($hubId: ID!, $userId: ID!) { approveMember(hubId: $hubId, userId: $userId) { id hubs { id } } }`;
const UPDATE_HUB = `mutation($input: UpdateHubInput!) { updateHub(input: $input) { id signupApproval } }`;
const COHORTS = `query($hubId: ID!) { cohorts(hubId: $hubId) { id } }`;

interface Login {
  accessToken: string;
  refreshToken: string;
  user: { id: string };
}

describe('sessions a person can end, and accounts they control', () => {
  let app: TestApp;
  let hub: HubEntity;
  let coordinator: Person;

  beforeAll(async () => {
    app = await TestApp.start({ worker: true });
    hub = await app.factory.hub();
    coordinator = await app.factory.coordinator(hub.id);
  });
  afterAll(() => app.close());

  const login = async (email: string, password: string) => {
    const answer = await app.gql<{ login: Login }>(LOGIN, { input: { email, password } });
    expect(answer.errors).toBeUndefined();
    return answer.data!.login;
  };
  const me = (token: string) => app.gql(ME, {}, { token });
  const as = (token: string) => ({
    gql: <T>(query: string, variables: Record<string, unknown> = {}) => app.gql<T>(query, variables, { token }),
  });
  /** The token of the newest link of this kind emailed to the address. */
  const emailedToken = (address: string, route: string) =>
    eventually(() => {
      const tokens = app.mail
        .to(address)
        .flatMap((mail) => [...(mail.text ?? '').matchAll(new RegExp(`/${route}\\?token=(\\S+)`, 'g'))].map((match) => match[1]));
      expect(tokens.length).toBeGreaterThan(0);
      return decodeURIComponent(tokens.at(-1)!);
    });

  it('logs out: that login’s access and refresh tokens stop at once, other logins go on', async () => {
    const person = await app.factory.trainee(hub.id);
    const phone = await login(person.email, person.password);
    const laptop = await login(person.email, person.password);
    expect(await as(phone.accessToken).gql(LOGOUT)).toMatchObject({ data: { logout: true } });
    expect(codes(await me(phone.accessToken))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await app.gql(REFRESH, { token: phone.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    expect((await me(laptop.accessToken)).errors).toBeUndefined();
  });

  it('logs out everywhere', async () => {
    const person = await app.factory.trainee(hub.id);
    const logins = [await login(person.email, person.password), await login(person.email, person.password)];
    await as(logins[0].accessToken).gql(LOGOUT_EVERYWHERE);
    for (const each of logins) {
      expect(codes(await me(each.accessToken))).toEqual(['UNAUTHENTICATED']);
      expect(codes(await app.gql(REFRESH, { token: each.refreshToken }))).toEqual(['UNAUTHENTICATED']);
    }
  });

  it('changes the password with the current one, ending every other login but this one', async () => {
    const person = await app.factory.trainee(hub.id);
    const here = await login(person.email, person.password);
    const elsewhere = await login(person.email, person.password);
    const wrong = await as(here.accessToken).gql(CHANGE_PASSWORD, {
      input: { currentPassword: 'bukan-ini-dong', newPassword: 'pohon-mangga-berbuah' },
    });
    expect(Object.keys(wrong.errors![0].extensions.fields!)).toEqual(['currentPassword']);
    const weak = await as(here.accessToken).gql(CHANGE_PASSWORD, {
      input: { currentPassword: person.password, newPassword: 'qwertyuiop' },
    });
    expect(Object.keys(weak.errors![0].extensions.fields!)).toEqual(['newPassword']);
    const changed = await as(here.accessToken).gql(CHANGE_PASSWORD, {
      input: { currentPassword: person.password, newPassword: 'pohon-mangga-berbuah' },
    });
    expect(changed.data).toEqual({ changePassword: true });
    expect((await me(here.accessToken)).errors).toBeUndefined();
    expect(codes(await me(elsewhere.accessToken))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await app.gql(LOGIN, { input: { email: person.email, password: person.password } }))).toEqual(['UNAUTHENTICATED']);
    await login(person.email, 'pohon-mangga-berbuah');
  });

  it('resets a forgotten password with a single-use emailed link valid 30 minutes; unknown addresses get the same answer', async () => {
    const person = await app.factory.trainee(hub.id);
    const before = await login(person.email, person.password);
    const known = await app.gql(REQUEST_RESET, { email: person.email.toUpperCase() });
    const unknown = await app.gql(REQUEST_RESET, { email: 'tidak-ada@example.com' });
    expect(known).toEqual(unknown);
    expect(known.data).toEqual({ requestPasswordReset: true });
    const token = await emailedToken(person.email, 'reset-password');
    const [{ minutes }] = await app
      .get(DataSource)
      .query(`SELECT extract(epoch FROM expires_at - created_at) / 60 AS minutes FROM account_token WHERE id = $1`, [token.split('.')[0]]);
    expect(Number(minutes)).toBeCloseTo(30, 0);

    const reset = await app.gql<{ resetPassword: { accessToken: string; user: { id: string } } }>(RESET, {
      input: { token, newPassword: 'kopi-tubruk-pagi-hari' },
    });
    expect(reset.data?.resetPassword.user.id).toBe(person.user.id);
    expect(codes(await me(before.accessToken))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await app.gql(RESET, { input: { token, newPassword: 'kopi-tubruk-lagi-dong' } }))).toEqual(['BAD_USER_INPUT']);
    await login(person.email, 'kopi-tubruk-pagi-hari');

    await app.gql(REQUEST_RESET, { email: person.email });
    const late = await eventually(async () => {
      const newer = await emailedToken(person.email, 'reset-password');
      expect(newer).not.toBe(token);
      return newer;
    });
    await app
      .get(DataSource)
      .query(`UPDATE account_token SET expires_at = now() - interval '1 second' WHERE id = $1`, [late.split('.')[0]]);
    expect(codes(await app.gql(RESET, { input: { token: late, newPassword: 'teh-poci-sore-hari' } }))).toEqual(['BAD_USER_INPUT']);
  });

  it('invites a person created without a password to choose their own; no password is ever emailed', async () => {
    const created = await as(coordinator.token).gql<{ createUser: { id: string } }>(CREATE_USER, {
      input: { email: 'undangan@example.com', fullName: 'Rahma Undangan', hubId: hub.id, role: 'MENTOR' },
    });
    expect(created.errors).toBeUndefined();
    const token = await emailedToken('undangan@example.com', 'invitation');
    const [mail] = app.mail.to('undangan@example.com');
    expect(mail.subject).toBe('Anda diundang ke Sanggar');
    const accepted = await app.gql<{ resetPassword: { user: { id: string } } }>(RESET, {
      input: { token, newPassword: 'gamelan-jawa-tengah' },
    });
    expect(accepted.data?.resetPassword.user.id).toBe(created.data!.createUser.id);
    await login('undangan@example.com', 'gamelan-jawa-tengah');
  });

  it('ends a refresh family 90 days after it began, however often it was refreshed', async () => {
    const person = await app.factory.trainee(hub.id);
    const first = await login(person.email, person.password);
    const rotated = (await app.gql<{ refreshToken: Login }>(REFRESH, { token: first.refreshToken })).data!.refreshToken;
    const db = app.get(DataSource);
    const rows = await db.query(
      `SELECT DISTINCT round(extract(epoch FROM family_expires_at - (SELECT min(created_at) FROM refresh_token WHERE family_id = t.family_id)) / 86400) = 90 AS ninety
         FROM refresh_token t WHERE id = ANY($1::uuid[])`,
      [[first.refreshToken, rotated.refreshToken].map((token) => token.split('.')[0])],
    );
    expect(rows).toEqual([{ ninety: true }]);
    await db.query(`UPDATE refresh_token SET family_expires_at = now() - interval '1 second' WHERE id = $1`, [
      rotated.refreshToken.split('.')[0],
    ]);
    expect(codes(await app.gql(REFRESH, { token: rotated.refreshToken }))).toEqual(['UNAUTHENTICATED']);
  });

  it('deactivates a trainee: their token stops on the next request, login says why; reactivating lets them back', async () => {
    const trainee = await app.factory.trainee(hub.id);
    expect((await me(trainee.token)).errors).toBeUndefined();
    expect(codes(await as(trainee.token).gql(DEACTIVATE, { id: coordinator.user.id }))).toEqual(['FORBIDDEN']);
    const otherCoordinator = await app.factory.coordinator(hub.id);
    expect(codes(await as(coordinator.token).gql(DEACTIVATE, { id: otherCoordinator.user.id }))).toEqual(['FORBIDDEN']);
    const outsider = await app.factory.coordinator((await app.factory.hub()).id);
    expect(codes(await as(outsider.token).gql(DEACTIVATE, { id: trainee.user.id }))).toEqual(['FORBIDDEN']);

    expect((await as(coordinator.token).gql(DEACTIVATE, { id: trainee.user.id })).errors).toBeUndefined();
    expect(codes(await me(trainee.token))).toEqual(['UNAUTHENTICATED']);
    const refused = await app.gql(LOGIN, { input: { email: trainee.email, password: trainee.password } });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ACCOUNT_DEACTIVATED' });

    expect((await as(coordinator.token).gql(REACTIVATE, { id: trainee.user.id })).errors).toBeUndefined();
    await login(trainee.email, trainee.password);
  });

  it('keeps a self-registered trainee out of a hub that approves sign-ups until a coordinator approves them', async () => {
    const guarded = await app.factory.hub();
    const guard = await app.factory.coordinator(guarded.id);
    await app.factory.cohort(guarded.id);
    expect((await as(guard.token).gql(UPDATE_HUB, { input: { id: guarded.id, signupApproval: true } })).data).toEqual({
      updateHub: { id: guarded.id, signupApproval: true },
    });
    await app.gql(REGISTER, {
      input: { email: 'menunggu@example.com', password: 'sawah-hijau-subur', fullName: 'Wira Menunggu', hubId: guarded.id },
    });
    const verified = await app.gql<{ verifyEmail: { accessToken: string; user: { id: string; hubs: unknown[] } } }>(VERIFY, {
      token: await emailedToken('menunggu@example.com', 'verify-email'),
    });
    const { accessToken, user } = verified.data!.verifyEmail;
    expect(user.hubs).toEqual([]);
    expect((await as(accessToken).gql<{ cohorts: unknown[] }>(COHORTS, { hubId: guarded.id })).data?.cohorts).toEqual([]);

    const pending = await as(guard.token).gql<{ pendingMembers: { id: string }[] }>(PENDING, { hubId: guarded.id });
    expect(pending.errors).toBeUndefined();
    expect(pending.data?.pendingMembers).toEqual([{ id: user.id, email: 'menunggu@example.com' }]);
    expect((await as(coordinator.token).gql<{ pendingMembers: unknown[] }>(PENDING, { hubId: guarded.id })).data?.pendingMembers).toEqual(
      [],
    );
    expect(codes(await as(coordinator.token).gql(APPROVE, { hubId: guarded.id, userId: user.id }))).toEqual(['NOT_FOUND']);
    const approved = await as(guard.token).gql<{ approveMember: { hubs: { id: string }[] } }>(APPROVE, {
      hubId: guarded.id,
      userId: user.id,
    });
    expect(approved.data?.approveMember.hubs).toEqual([{ id: guarded.id }]);
    expect((await as(accessToken).gql<{ cohorts: unknown[] }>(COHORTS, { hubId: guarded.id })).data?.cohorts).toHaveLength(1);
  });
});
