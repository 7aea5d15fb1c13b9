import { RecentlyUsed } from './recently-used.js';

describe('RecentlyUsed', () => {
  it('keeps its capacity, forgetting the least recently used, and forgets on request', () => {
    const values = new RecentlyUsed<string, number>(2);
    values.set('a', 1);
    values.set('b', 2);
    expect(values.get('a')).toBe(1); // a is now the most recent
    values.set('c', 3);
    expect([values.has('a'), values.has('b'), values.has('c'), values.size]).toEqual([true, false, true, 2]);
    values.set('a', 4); // set again: replaced in place, nothing forgotten
    expect([values.get('a'), values.has('c'), values.size]).toEqual([4, true, 2]);
    values.delete('a');
    expect([values.get('a'), values.size]).toEqual([undefined, 1]);
  });
});
