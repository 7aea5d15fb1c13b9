import { RememberedRows } from './remembered-rows.js';

const TTL_MS = 60_000;
const MAX_ROWS = 100;

describe('RememberedRows', () => {
  let now = 0;
  let reads = 0;
  const cache = () => new RememberedRows<string>({ ttlMs: TTL_MS, maxRows: MAX_ROWS, now: () => now });
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

  it('remembers per row and variant (a user and login), for its time at most', async () => {
    const callers = cache();
    callers.trust();
    await callers.get('u1', 's1', read('s1'));
    expect(await callers.get('u1', 's2', read('s2'))).toBe('s2');
    expect(await callers.get('u1', '', read('none'))).toBe('none');
    expect(await callers.get('u1', 's1', read('again'))).toBe('s1');
    now += TTL_MS;
    expect(await callers.get('u1', 's1', read('later'))).toBe('later');
  });

  it('forgets every variant of a changed row, and no other row', async () => {
    const callers = cache();
    callers.trust();
    await callers.get('u1', 's1', read('u1 s1'));
    await callers.get('u1', 's2', read('u1 s2'));
    await callers.get('u2', 's3', read('u2 s3'));
    callers.forget('u1');
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
    callers.forget('u2');
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

  it('keeps at most its number of rows, forgetting the one read longest ago', async () => {
    const callers = cache();
    callers.trust();
    for (let user = 0; user < MAX_ROWS; user++) await callers.get(`u${user}`, '', read('first'));
    await callers.get('u0', 'another login', read('u0 again'));
    await callers.get('newcomer', '', read('new'));
    expect(callers.size).toBe(MAX_ROWS);
    expect(await callers.get('u1', '', read('read again'))).toBe('read again');
    expect(await callers.get('u0', '', read('not read'))).toBe('first');
  });

  it('reads in one call the rows it does not remember, and keeps only those found', async () => {
    const rows = cache();
    rows.trust();
    const asked: string[][] = [];
    const load = (value: string) => async (missing: string[]) => (
      asked.push(missing),
      new Map(missing.filter((id) => id !== 'gone').map((id) => [id, value]))
    );
    expect(await rows.getMany(['c1', 'c2'], load('first'))).toEqual(['first', 'first']);
    expect(await rows.getMany(['c1', 'gone', 'c3', 'c2'], load('second'))).toEqual(['first', undefined, 'second', 'first']);
    expect(asked).toEqual([
      ['c1', 'c2'],
      ['gone', 'c3'],
    ]);
    rows.forget('c1');
    expect(await rows.getMany(['c1', 'c3'], load('third'))).toEqual(['third', 'second']);
    rows.distrust();
    expect(await rows.getMany(['c3'], load('fourth'))).toEqual(['fourth']);
    expect(rows.size).toBe(0);
  });
});
