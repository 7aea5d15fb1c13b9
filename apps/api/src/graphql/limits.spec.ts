import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
import { MAX_FAILURES_PER_ACCOUNT_AND_SOURCE, MAX_FAILURES_PER_SOURCE } from '@sanggar/identity';
import type { GqlContext } from './context.js';
import { REQUEST_LIMITS, executionLimitPlugin } from './limits.js';

type Hooks = {
  executionDidStart: () => Promise<{ willResolveField: () => void }>;
  willSendResponse: (context: GraphQLRequestContextWillSendResponse<GqlContext>) => Promise<void>;
};

/** One request's hooks, as Apollo calls them. */
async function request() {
  const hooks = (await executionLimitPlugin.requestDidStart!({} as never)) as unknown as Hooks;
  const execution = await hooks.executionDidStart();
  const response = { body: { kind: 'single', singleResult: { data: { partial: true } } } };
  const send = async () => {
    await hooks.willSendResponse({ response } as unknown as GraphQLRequestContextWillSendResponse<GqlContext>);
    return response.body.singleResult as { data: unknown; errors?: { extensions: Record<string, unknown> }[] };
  };
  return { resolveField: () => execution.willResolveField(), send };
}

describe('executionLimitPlugin', () => {
  afterEach(() => jest.useRealTimers());

  it('lets an operation within the limits answer untouched', async () => {
    const { resolveField, send } = await request();
    for (let i = 0; i < 1000; i++) resolveField();
    expect(await send()).toEqual({ data: { partial: true } });
  });

  it('stops every field once the answer holds too many values, and answers one error without data', async () => {
    const { resolveField, send } = await request();
    for (let i = 0; i < REQUEST_LIMITS.values; i++) resolveField();
    expect(() => resolveField()).toThrow();
    expect(() => resolveField()).toThrow();
    const answer = await send();
    expect(answer.data).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ANSWER_TOO_LARGE' });
  });

  it('stops an operation that runs past the deadline', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate'] });
    const { resolveField, send } = await request();
    for (let i = 0; i < 100; i++) resolveField();
    jest.advanceTimersByTime(REQUEST_LIMITS.deadlineMs + 1);
    const fields = () => {
      for (let i = 0; i < 64; i++) resolveField();
    };
    expect(fields).toThrow();
    expect((await send()).errors![0].extensions).toMatchObject({ reason: 'QUERY_TOOK_TOO_LONG' });
  });
});

describe('README', () => {
  it('states the limits the code enforces', () => {
    const readme = readFileSync('README.md', 'utf8');
    const security = readme.slice(readme.indexOf('### Security'), readme.indexOf('### Why Fastify'));
    const bold = (n: number, unit = '') => `**${n.toLocaleString('en')}${unit}**`;
    for (const stated of [
      bold(REQUEST_LIMITS.cost),
      bold(REQUEST_LIMITS.depth),
      bold(REQUEST_LIMITS.aliases),
      bold(REQUEST_LIMITS.directives),
      bold(REQUEST_LIMITS.tokens),
      bold(REQUEST_LIMITS.deadlineMs / 1000, ' s'),
      bold(REQUEST_LIMITS.values),
      bold(MAX_FAILURES_PER_ACCOUNT_AND_SOURCE),
      bold(MAX_FAILURES_PER_SOURCE),
    ]) {
      expect(security).toContain(stated);
    }
  });
});
