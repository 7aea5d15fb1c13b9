import { jest } from '@jest/globals';
import type { GraphQLRequestContextWillSendResponse } from '@apollo/server';
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
