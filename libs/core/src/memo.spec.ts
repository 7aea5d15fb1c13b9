import { Memo } from './memo.js';

describe('Memo', () => {
  it('computes once for calls at the same time, and remembers', async () => {
    const memo = new Memo<number>(2);
    let runs = 0;
    const compute = async () => ++runs;
    expect(await Promise.all([memo.get('a', compute), memo.get('a', compute)])).toEqual([1, 1]);
    expect(await memo.get('a', compute)).toBe(1);
  });

  it('forgets the least recently used beyond its size, and failures at once', async () => {
    const memo = new Memo<string>(2);
    await memo.get('a', async () => 'a1');
    await memo.get('b', async () => 'b1');
    await memo.get('a', async () => 'a2');
    await memo.get('c', async () => 'c1');
    // b was used least recently: c took its place, a stayed.
    expect(await memo.get('a', async () => 'a3')).toBe('a1');
    expect(await memo.get('b', async () => 'b2')).toBe('b2');
    await expect(memo.get('x', () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    expect(await memo.get('x', async () => 'x1')).toBe('x1');
  });
});
