import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('works with no environment at all, with a random JWT secret per start', () => {
    const first = loadConfig({});
    expect(first).toMatchObject({
      NODE_ENV: 'development',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/sanggar',
      REDIS_URL: 'redis://127.0.0.1:6379',
      PORT: 3000,
      PUBLIC_URL: 'http://localhost:3000',
      ACCESS_TOKEN_TTL_SECONDS: 900,
    });
    expect(first.JWT_SECRET.length).toBeGreaterThanOrEqual(32);
    expect(loadConfig({}).JWT_SECRET).not.toBe(first.JWT_SECRET);
  });

  it('reads and converts what is set', () => {
    expect(loadConfig({ PORT: '8080', NODE_ENV: 'test' })).toMatchObject({ PORT: 8080, NODE_ENV: 'test' });
  });

  it.each([
    [{ PORT: 'abc' }, 'Configuration: PORT must be an integer number (got "abc")'],
    [{ PORT: '70000' }, 'Configuration: PORT must not be greater than 65535 (got "70000")'],
    [{ DATABASE_URL: 'mysql://x' }, 'Configuration: DATABASE_URL must look like postgres://user@host:port/database (got "mysql://x")'],
    [{ REDIS_URL: 'localhost' }, 'Configuration: REDIS_URL must look like redis://host:port (got "localhost")'],
    [{ ACCESS_TOKEN_TTL_SECONDS: '3600' }, 'Configuration: ACCESS_TOKEN_TTL_SECONDS must be at most 900 seconds (15 minutes) (got "3600")'],
    [{ NODE_ENV: 'production' }, 'Configuration: JWT_SECRET must be at least 32 characters — required when NODE_ENV=production'],
    [{ JWT_SECRET: 'short' }, 'Configuration: JWT_SECRET must be at least 32 characters'],
    [
      { TRUST_PROXY: 'true' },
      'Configuration: TRUST_PROXY must be false, a number of proxy hops, or proxy addresses/networks (true would believe any client) (got "true")',
    ],
    [{ SANGGAR_ADMIN_EMAIL: 'admin@example.com' }, 'Configuration: SANGGAR_ADMIN_EMAIL and SANGGAR_ADMIN_PASSWORD must be set together'],
    // Key material is never echoed back.
    ...['{"hub": {"secretKeyMultibase": "zSecret"}}', '[]', 'zSecret'].map((value): [Record<string, string>, string] => [
      { SANGGAR_ISSUER_KEYS: value },
      'Configuration: SANGGAR_ISSUER_KEYS must be a JSON object from hub id to {"publicKeyMultibase", "secretKeyMultibase"}',
    ]),
  ])('stops on %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });

  describe('in production', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'q8Zr3LwT0vXb6nYk2HsJd9PmF1cGe5Ua7RiOtVzB',
      PUBLIC_URL: 'https://sanggar.example.id',
    };

    it('starts with a random secret and its public address', () => {
      expect(loadConfig(production).isProduction).toBe(true);
    });

    it.each([
      [{ JWT_SECRET: 'change-me-change-me-change-me-change-me' }, /JWT_SECRET looks like a placeholder/],
      [{ JWT_SECRET: 'a'.repeat(40) }, /JWT_SECRET looks like a placeholder/],
      [{ SANGGAR_DEMO: 'true' }, /SANGGAR_DEMO=true is refused in production/],
      [{ PUBLIC_URL: undefined }, /PUBLIC_URL must be set in production/],
      [{ SANGGAR_ADMIN_EMAIL: 'admin@hub.id', SANGGAR_ADMIN_PASSWORD: 'sanggar-demo-123' }, /SANGGAR_ADMIN_PASSWORD is too easy to guess/],
    ])('refuses %o', (override, message) => {
      expect(() => loadConfig({ ...production, ...override })).toThrow(message);
    });
  });

  it('reads issuer keys given as JSON', () => {
    const pair = { publicKeyMultibase: 'zPublic', secretKeyMultibase: 'zSecret' };
    expect(loadConfig({ SANGGAR_ISSUER_KEYS: JSON.stringify({ 'hub-1': pair }) }).issuerKeys).toEqual({ 'hub-1': pair });
    expect(loadConfig({}).issuerKeys).toEqual({});
  });

  it('never prints a password that is in a URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres://app:hunter2@db/sanggar?x' })).toThrow(/postgres:\/\/app:\*\*\*@db/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://app:hunter2@db/sanggar?x' })).not.toThrow(/hunter2/);
  });
});
