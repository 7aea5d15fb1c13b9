import { CALLER_TTL_MS, CallerCache, MAX_CALLERS } from './caller-cache.js';

describe('CallerCache', () => {
  let now = 0;
  let reads = 0;
  const cache = () => new CallerCache<string>(() => now);
  const read = (value: string) => async () => (reads++, value);

  beforeEach(() => {
    now = 0;
    reads = 0;
  });

  it('reads every time until it is trusted, and again once distrusted', async () => {
    const callers = cache();
    await callers.get('u1', 's1', read('a'));
    await callers.get('u1', 's1', read('a'));
    expect(reads).toBe(2);
    callers.trust();
    await callers.get('u1', 's1', read('a'));
    expect(await callers.get('u1', 's1', read('b'))).toBe('a');
    expect(reads).toBe(3);
    callers.distrust();
    expect(await callers.get('u1', 's1', read('c'))).toBe('c');
    expect(callers.size).toBe(0);
  });

  it('remembers per user and login, for CALLER_TTL_MS at most', async () => {
    const callers = cache();
    callers.trust();
    await callers.get('u1', 's1', read('s1'));
    expect(await callers.get('u1', 's2', read('s2'))).toBe('s2');
    expect(await callers.get('u1', null, read('none'))).toBe('none');
    expect(await callers.get('u1', 's1', read('again'))).toBe('s1');
    now += CALLER_TTL_MS;
    expect(await callers.get('u1', 's1', read('later'))).toBe('later');
  });

  it('forgets every login of a changed user, and nobody else', async () => {
    const callers = cache();
    callers.trust();
    await callers.get('u1', 's1', read('u1 s1'));
    await callers.get('u1', 's2', read('u1 s2'));
    await callers.get('u2', 's3', read('u2 s3'));
    callers.forgetUser('u1');
    expect(await callers.get('u1', 's1', read('u1 s1 new'))).toBe('u1 s1 new');
    expect(await callers.get('u1', 's2', read('u1 s2 new'))).toBe('u1 s2 new');
    expect(await callers.get('u2', 's3', read('u2 s3 new'))).toBe('u2 s3');
    callers.forgetAll();
    expect(await callers.get('u2', 's3', read('u2 s3 newer'))).toBe('u2 s3 newer');
  });

  it('does not keep what a read saw when a change was heard while it ran', async () => {
    const callers = cache();
    callers.trust();
    let finish!: (value: string) => void;
    const reading = callers.get('u1', 's1', () => new Promise<string>((resolve) => (finish = resolve)));
    callers.forgetUser('u2');
    finish('before the change');
    expect(await reading).toBe('before the change');
    expect(await callers.get('u1', 's1', read('after'))).toBe('after');
  });

  it('keeps no failure', async () => {
    const callers = cache();
    callers.trust();
    await expect(callers.get('u1', 's1', () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(await callers.get('u1', 's1', read('ok'))).toBe('ok');
  });

  it(`keeps at most ${MAX_CALLERS} users, forgetting the one seen longest ago`, async () => {
    const callers = cache();
    callers.trust();
    for (let user = 0; user < MAX_CALLERS; user++) await callers.get(`u${user}`, null, read('first'));
    await callers.get('u0', 'another login', read('u0 again'));
    await callers.get('newcomer', null, read('new'));
    expect(callers.size).toBe(MAX_CALLERS);
    expect(await callers.get('u1', null, read('read again'))).toBe('read again');
    expect(await callers.get('u0', null, read('not read'))).toBe('first');
  });
});
