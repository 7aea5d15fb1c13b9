import { decodeJwt } from 'jose';
import { DataSource } from 'typeorm';
import { type Locale, Role } from '@sanggar/core';
import { IdentityService, MAX_FAILURES_PER_ACCOUNT_AND_SOURCE, UserEntity } from '@sanggar/identity';
import type { HubEntity } from '@sanggar/hubs';
import { TestApp, codes, eventually } from '../support/harness.js';

const REGISTER = `mutation Register($input: RegisterInput!) { register(input: $input) }`;
const VERIFY = `mutation($token: String!) { verifyEmail(token: $token) { accessToken refreshToken user { id email fullName role locale hubs { id name } } } }`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id role } } }`;
const REFRESH = `mutation Refresh($token: String!) { refreshToken(token: $token) { accessToken refreshToken user { id } } }`;
const ME = `{ me { id email role locale hubs { id } } }`;
const LOGOUT = `mutation { logout }`;
const CREATE_USER = `mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id email role hubs { id } } }`;

interface AuthPayload {
  accessToken: string;
  refreshToken: string;
  user: { id: string; email: string; fullName: string; role: Role; locale: Locale; hubs: { id: string; name: string }[] };
}

describe('identity: register, login, tokens, users', () => {
  let app: TestApp;
  let hub: HubEntity;

  beforeAll(async () => {
    // Requests come through a proxy on this machine, which says whom they are from (X-Forwarded-For).
    app = await TestApp.start({ worker: true, env: { TRUST_PROXY: '127.0.0.1' } });
    hub = await app.factory.hub({ name: 'Hetero Space Semarang' });
  });
  afterAll(() => app.close());

  /** Moves a refresh token's spending this many seconds into the past. */
  const spentAgo = (refreshToken: string, seconds: number) =>
    app
      .get(DataSource)
      .query(`UPDATE refresh_token SET used_at = used_at - make_interval(secs => $2) WHERE id = $1`, [refreshToken.split('.')[0], seconds]);

  const register = (input: Record<string, unknown>, headers?: Record<string, string>) =>
    app.gql<{ register: boolean }>(
      REGISTER,
      { input: { password: 'kata-sandi-kuat', fullName: 'Adi Nugroho', hubId: hub.id, ...input } },
      { headers },
    );

  /** The token of the newest link of this kind emailed to the address. */
  const emailedToken = (address: string, route: string) =>
    eventually(() => {
      const links = app.mail
        .to(address)
        .flatMap((mail) => [...(mail.text ?? '').matchAll(new RegExp(`/${route}\\?token=(\\S+)`, 'g'))].map((match) => match[1]));
      expect(links.length).toBeGreaterThan(0);
      return decodeURIComponent(links.at(-1)!);
    });

  it('signs up a trainee who can log in only after confirming the emailed link, in their language', async () => {
    const registered = await register({ email: 'Adi.Nugroho@Example.com ', fullName: '  Adi Nugroho ' });
    expect(registered).toMatchObject({ data: { register: true } });
    const mails = await eventually(() => {
      const found = app.mail.to('adi.nugroho@example.com');
      expect(found).toHaveLength(1);
      return found;
    });
    expect(mails[0].subject).toBe('Konfirmasi email Anda untuk Sanggar');
    expect(mails[0].text).toContain('Halo Adi Nugroho');

    const early = await app.gql(LOGIN, { input: { email: 'adi.nugroho@example.com', password: 'kata-sandi-kuat' } });
    expect(early.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMAIL_NOT_VERIFIED' });

    const token = await emailedToken('adi.nugroho@example.com', 'verify-email');
    const verified = await app.gql<{ verifyEmail: AuthPayload }>(VERIFY, { token });
    const { user, accessToken, refreshToken } = verified.data!.verifyEmail;
    expect(user).toMatchObject({ email: 'adi.nugroho@example.com', fullName: 'Adi Nugroho', role: 'TRAINEE', locale: 'id' });
    expect(user.hubs).toEqual([{ id: hub.id, name: 'Hetero Space Semarang' }]);
    expect(refreshToken).toMatch(/^[0-9a-f-]{36}\.[\w-]{40,}$/);
    const claims = decodeJwt(accessToken);
    expect(claims.sub).toBe(user.id);
    expect(claims.exp! - claims.iat!).toBeLessThanOrEqual(15 * 60);
    expect((await app.gql<{ me: { id: string } }>(ME, {}, { token: accessToken })).data?.me.id).toBe(user.id);
    expect(codes(await app.gql(VERIFY, { token }))).toEqual(['BAD_USER_INPUT']);
    expect((await app.gql(LOGIN, { input: { email: 'adi.nugroho@example.com', password: 'kata-sandi-kuat' } })).errors).toBeUndefined();

    await register({ email: 'putri@example.com', fullName: 'Putri Maharani', locale: 'en' });
    const english = await eventually(() => {
      const found = app.mail.to('putri@example.com');
      expect(found).toHaveLength(1);
      return found[0];
    });
    expect(english.subject).toBe('Confirm your email for Sanggar');
  });

  it('answers an address that has an account exactly like a new one, creates nothing, and tells its owner once an hour', async () => {
    const owner = await app.factory.trainee(hub.id);
    const attempts = [await register({ email: owner.email.toUpperCase() }), await register({ email: owner.email, fullName: 'Penyusup' })];
    const fresh = await register({ email: 'baru-sekali@example.com' });
    for (const attempt of attempts) expect(attempt).toEqual({ status: fresh.status, data: fresh.data });
    const [{ count }] = await app.get(DataSource).query(`SELECT count(*)::int AS count FROM "user" WHERE email = $1`, [owner.email]);
    expect(count).toBe(1);
    const notices = await eventually(() => {
      const found = app.mail.to(owner.email).filter((mail) => mail.subject === 'Ada yang mencoba mendaftar dengan email Anda');
      expect(found).toHaveLength(1);
      return found;
    });
    expect(notices[0].text).not.toContain('Penyusup');
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(app.mail.to(owner.email).filter((mail) => mail.subject?.startsWith('Ada yang mencoba'))).toHaveLength(1);
  });

  it('answers bad input with BAD_USER_INPUT and a message per field, in the caller’s language', async () => {
    const bad = await register({ email: 'not-an-email', password: 'short' }, { 'accept-language': 'en-US,en;q=0.9' });
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors?.[0].extensions.fields).toEqual({
      email: 'Enter a valid email address, e.g. name@example.com',
      password: 'The password must be at least 10 characters',
    });
    const indonesian = await register({ email: 'not-an-email' });
    expect(indonesian.errors?.[0].extensions.fields?.email).toMatch(/^Masukkan alamat email yang valid/);
  });

  it.each(['1234567890', 'qwertyuiop', 'password123', 'aaaaaaaaaaaa', 'Lina.Pratama2000'])(
    'refuses the easy password %s',
    async (password) => {
      const weak = await register({ email: 'lina.pratama@example.com', password }, { 'accept-language': 'en' });
      expect(weak.errors?.[0].extensions.fields).toEqual({
        password: 'This password is too easy to guess. Use a short phrase only you would know',
      });
    },
  );

  it.each(['Akun Anda diblokir, verifikasi di http://evil.example', 'Hadiah www.menang.id', 'Klik bit.ly/abc', 'Budi <b>'])(
    'refuses a name that mail programs would show as a link or markup: %s',
    async (fullName) => {
      const refused = await register({ email: 'korban@example.com', fullName });
      expect(Object.keys(refused.errors?.[0].extensions.fields ?? {})).toEqual(['fullName']);
    },
  );

  it.each(['Putri Maharani, S.Ds', 'Dr. Ir. Bambang Sutejo, S.T., M.Kom', 'Ni Luh Ayu M.Sn'])(
    'accepts a name with academic titles: %s',
    async (fullName) => {
      const email = `gelar-${fullName.length}@example.com`;
      expect((await register({ email, fullName })).data).toEqual({ register: true });
    },
  );

  it('lets one address sign up a hub’s worth of people an hour, not a script’s', async () => {
    const from = { 'x-forwarded-for': '198.51.100.99' };
    const answers = [];
    for (let i = 0; i < 31; i++) answers.push(await register({ email: `massal-${i}@example.com` }, from));
    expect(answers.slice(0, 30).every((answer) => answer.data?.register === true)).toBe(true);
    expect(answers[30].errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'RATE_LIMITED' });
    expect((await register({ email: 'lain@example.com' }, { 'x-forwarded-for': '198.51.100.100' })).data?.register).toBe(true);
  });

  it('refuses an unknown hub on registration', async () => {
    const unknownHub = await register({ email: 'nobody@example.com', hubId: '6f1d8a4e-2b7c-4d7e-9f5a-0c3b2a1d0e9f' });
    expect(codes(unknownHub)).toEqual(['NOT_FOUND']);
  });

  it('logs in with any case of the email, and refuses a wrong password without saying which part was wrong', async () => {
    const person = await app.factory.trainee(hub.id);
    const ok = await app.gql<{ login: AuthPayload }>(LOGIN, { input: { email: person.email.toUpperCase(), password: person.password } });
    expect(ok.data?.login.user.id).toBe(person.user.id);

    const wrongPassword = await app.gql(LOGIN, { input: { email: person.email, password: 'salah-sekali' } });
    const unknownEmail = await app.gql(LOGIN, { input: { email: 'ghost@example.com', password: 'salah-sekali' } });
    expect(codes(wrongPassword)).toEqual(['UNAUTHENTICATED']);
    expect(wrongPassword.errors?.[0].message).toBe(unknownEmail.errors?.[0].message);
    expect(wrongPassword.data).toBeNull();
  });

  describe('login limits', () => {
    const LIMIT = MAX_FAILURES_PER_ACCOUNT_AND_SOURCE;
    const from = (address: string) => ({ 'x-forwarded-for': address, 'accept-language': 'en' });
    const login = (email: string, password: string, address: string) =>
      app.gql<{ login: AuthPayload }>(LOGIN, { input: { email, password } }, { headers: from(address) });

    it(`checks at most ${LIMIT} of 40 wrong passwords sent at once, then refuses that address even the right one`, async () => {
      const person = await app.factory.trainee(hub.id);
      const burst = await Promise.all(Array.from({ length: 40 }, (_, i) => login(person.email, `salah-${i}-sekali`, '203.0.113.7')));
      const answers = burst.flatMap(codes);
      expect(answers.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(LIMIT);
      expect(answers.filter((code) => code === 'FORBIDDEN')).toHaveLength(40 - LIMIT);
      const blocked = await login(person.email, person.password, '203.0.113.7');
      expect(blocked.errors?.[0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'RATE_LIMITED',
        retryAfterSeconds: expect.any(Number),
      });
      expect(blocked.errors?.[0].message).toMatch(/Too many failed login attempts. Try again in \d+ minutes/);
    });

    it('never lets a right password slip through a burst beyond the limit', async () => {
      const person = await app.factory.trainee(hub.id);
      const burst = await Promise.all([
        ...Array.from({ length: 25 }, (_, i) => login(person.email, `salah-${i}-sekali`, '198.51.100.4')),
        login(person.email, person.password, '198.51.100.4'),
      ]);
      const checked = burst.filter((answer) => answer.data?.login || codes(answer).includes('UNAUTHENTICATED'));
      expect(checked.length).toBeLessThanOrEqual(LIMIT);
    });

    it('lets the owner log in from another address while an attacker hammers the account', async () => {
      const person = await app.factory.trainee(hub.id);
      for (let i = 0; i < LIMIT + 5; i++) await login(person.email, `tebak-${i}-tebak`, '192.0.2.66');
      expect(codes(await login(person.email, person.password, '192.0.2.66'))).toEqual(['FORBIDDEN']);
      const owner = await login(person.email, person.password, '203.0.113.200');
      expect(owner.data?.login.user.id).toBe(person.user.id);
    });

    it('counts an IPv6 attacker by its /64 network', async () => {
      const person = await app.factory.trainee(hub.id);
      for (let i = 0; i < LIMIT; i++) await login(person.email, `tebak-${i}-tebak`, `2001:db8:7:7::${i + 1}`);
      expect(codes(await login(person.email, person.password, '2001:db8:7:7::ffff'))).toEqual(['FORBIDDEN']);
      expect((await login(person.email, person.password, '2001:db8:7:8::1')).data?.login.user.id).toBe(person.user.id);
    });

    it('does not believe X-Forwarded-For from a client when no proxy is trusted', async () => {
      const direct = await TestApp.start();
      try {
        const directHub = await direct.factory.hub();
        const person = await direct.factory.trainee(directHub.id);
        const attempt = (i: number) =>
          direct.gql(
            LOGIN,
            { input: { email: person.email, password: `tebak-${i}-tebak` } },
            { headers: { 'x-forwarded-for': `203.0.113.${i}` } },
          );
        for (let i = 0; i < LIMIT; i++) expect(codes(await attempt(i))).toEqual(['UNAUTHENTICATED']);
        expect(codes(await attempt(LIMIT))).toEqual(['FORBIDDEN']);
      } finally {
        await direct.close();
      }
    });
  });

  it('rotates refresh tokens, and one used again after the grace revokes the whole login', async () => {
    const person = await app.factory.trainee(hub.id);
    const first = (await app.gql<{ login: AuthPayload }>(LOGIN, { input: { email: person.email, password: person.password } })).data!.login;

    const second = await app.gql<{ refreshToken: AuthPayload }>(REFRESH, { token: first.refreshToken });
    expect(second.data?.refreshToken.user.id).toBe(person.user.id);
    const rotated = second.data!.refreshToken.refreshToken;
    expect(rotated).not.toBe(first.refreshToken);
    expect((await app.gql(ME, {}, { token: second.data!.refreshToken.accessToken })).data).toBeTruthy();

    // Spent longer ago than the grace: whoever presents it now holds a stolen copy.
    await spentAgo(first.refreshToken, 11);
    const reused = await app.gql(REFRESH, { token: first.refreshToken });
    expect(codes(reused)).toEqual(['UNAUTHENTICATED']);
    expect(reused.errors?.[0].message).toMatch(/sudah pernah dipakai/);
    // The thief's rotation is dead too: the whole family was revoked.
    expect(codes(await app.gql(REFRESH, { token: rotated }))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await app.gql(REFRESH, { token: 'garbage' }))).toEqual(['UNAUTHENTICATED']);
  });

  it('answers a refresh token presented again within the grace with a new one of the same login (a tab reloaded mid-refresh)', async () => {
    const person = await app.factory.trainee(hub.id);
    const login = (await app.gql<{ login: AuthPayload }>(LOGIN, { input: { email: person.email, password: person.password } })).data!.login;
    // Three tabs at once with the one stored token: the first answer may never reach its tab.
    const results = await Promise.all([1, 2, 3].map(() => app.gql<{ refreshToken: AuthPayload }>(REFRESH, { token: login.refreshToken })));
    const tokens = results.map((r) => r.data!.refreshToken.refreshToken);
    expect(new Set([login.refreshToken, ...tokens]).size).toBe(4);
    // Every successor works, and the login was not ended.
    for (const token of tokens) expect(codes(await app.gql(REFRESH, { token }))).toEqual([]);
    expect(codes(await app.gql(ME, {}, { token: results[0].data!.refreshToken.accessToken }))).toEqual([]);

    // After logout, the spent token is worthless even within the grace.
    const again = await app.gql<{ refreshToken: AuthPayload }>(REFRESH, { token: login.refreshToken });
    await app.gql(LOGOUT, {}, { token: again.data!.refreshToken.accessToken });
    expect(codes(await app.gql(REFRESH, { token: login.refreshToken }))).toEqual(['UNAUTHENTICATED']);
  });

  it('requires a valid token for everything not public', async () => {
    expect(codes(await app.gql(ME))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await app.gql(ME, {}, { token: 'not.a.jwt' }))).toEqual(['UNAUTHENTICATED']);
  });

  describe('createUser', () => {
    const newUser = (role: Role, hubId: string) => ({
      input: {
        email: `${role.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.com`,
        password: 'kata-sandi-kuat',
        fullName: 'Orang Baru',
        role,
        hubId,
      },
    });

    it('lets an admin create any role in any hub', async () => {
      const admin = await app.factory.admin();
      for (const role of [Role.ADMIN, Role.COORDINATOR, Role.MENTOR, Role.TRAINEE]) {
        const created = await app.gql<{ createUser: { role: string; hubs: { id: string }[] } }>(CREATE_USER, newUser(role, hub.id), {
          token: admin.token,
        });
        expect(created.errors).toBeUndefined();
        expect(created.data?.createUser).toMatchObject({ role, hubs: [{ id: hub.id }] });
      }
    });

    it('lets a coordinator create mentors and trainees in their own hub only', async () => {
      const coordinator = await app.factory.coordinator(hub.id);
      const otherHub = await app.factory.hub();
      for (const role of [Role.MENTOR, Role.TRAINEE]) {
        expect((await app.gql(CREATE_USER, newUser(role, hub.id), { token: coordinator.token })).errors).toBeUndefined();
      }
      for (const role of [Role.ADMIN, Role.COORDINATOR]) {
        expect(codes(await app.gql(CREATE_USER, newUser(role, hub.id), { token: coordinator.token }))).toEqual(['FORBIDDEN']);
      }
      expect(codes(await app.gql(CREATE_USER, newUser(Role.TRAINEE, otherHub.id), { token: coordinator.token }))).toEqual(['FORBIDDEN']);
    });

    it('refuses mentors and trainees', async () => {
      for (const person of [await app.factory.mentor(hub.id), await app.factory.trainee(hub.id)]) {
        expect(codes(await app.gql(CREATE_USER, newUser(Role.TRAINEE, hub.id), { token: person.token }))).toEqual(['FORBIDDEN']);
      }
    });
  });

  it('looks people up by id as plain rows holding every column of the entity but the password hash', async () => {
    const person = await app.factory.trainee(hub.id);
    const users = app.get(DataSource).getRepository(UserEntity);
    const hidden = users.metadata.columns.filter((column) => !column.isSelect).map((column) => column.propertyName);
    expect(hidden).toEqual(['passwordHash']);
    const [found, missing] = await app.get(IdentityService).usersByIds([person.user.id, '00000000-0000-4000-8000-000000000000']);
    expect(Object.keys(found!).sort()).toEqual(
      users.metadata.columns
        .filter((column) => column.isSelect)
        .map((column) => column.propertyName)
        .sort(),
    );
    expect(found).toEqual(await users.findOneByOrFail({ id: person.user.id }));
    expect(found!.createdAt).toBeInstanceOf(Date);
    expect(missing).toBeUndefined();
  });
});
