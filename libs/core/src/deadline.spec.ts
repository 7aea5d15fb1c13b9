import { jest } from '@jest/globals';
import { within } from './deadline.js';

describe('within', () => {
  afterEach(() => jest.useRealTimers());

  it('answers what the promise answers, and leaves no timer behind', async () => {
    jest.useFakeTimers();
    await expect(within(Promise.resolve('up'), 2000)).resolves.toBe('up');
    await expect(within(Promise.reject(new Error('refused')), 2000)).rejects.toThrow('refused');
    expect(jest.getTimerCount()).toBe(0);
  });

  it('rejects with the given error once the time is up', async () => {
    jest.useFakeTimers();
    const never = new Promise<string>(() => undefined);
    const answer = within(never, 2000, () => new Error('timeout'));
    jest.advanceTimersByTime(1999);
    await Promise.resolve();
    const settled = jest.fn();
    answer.then(settled, settled);
    await Promise.resolve();
    expect(settled).not.toHaveBeenCalled();
    jest.advanceTimersByTime(1);
    await expect(answer).rejects.toThrow('timeout');
    expect(jest.getTimerCount()).toBe(0);
  });
});
