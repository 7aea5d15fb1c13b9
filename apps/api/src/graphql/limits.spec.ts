import { jest } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { type GraphQLObjectType, buildSchema, graphql } from 'graphql';
import { MAX_FAILURES_PER_ACCOUNT_AND_SOURCE, MAX_FAILURES_PER_SOURCE } from '@sanggar/identity';
import { ExecutionBudget, LimitReason, REQUEST_LIMITS, stoppedAnswer, withExecutionBudget } from './limits.js';

const budgetOf = () => ({ budget: new ExecutionBudget() });

/** A schema as the api's: fields with resolvers of their own, and plain properties read from the parent. */
function schema(resolvers: { items?: () => unknown; numbers?: () => unknown; slow?: () => unknown } = {}) {
  const built = buildSchema(`
    type Item { name: String, detail: String }
    type Query { items: [Item!], numbers: [Int!], slow: String, after: String }
  `);
  const query = built.getQueryType()!.getFields();
  query.items.resolve = resolvers.items ?? (() => Array.from({ length: 3 }, (_, i) => ({ name: `item ${i}` })));
  query.numbers.resolve = resolvers.numbers ?? (() => Promise.resolve([1, 2, 3]));
  query.slow.resolve = resolvers.slow ?? (() => 'slow');
  query.after.resolve = () => 'after';
  (built.getType('Item') as GraphQLObjectType).getFields().detail.resolve = (item: { name: string }) => `detail of ${item.name}`;
  return withExecutionBudget(built);
}

const run = (query: string, resolvers?: Parameters<typeof schema>[0]) => {
  const contextValue = budgetOf();
  return graphql({ schema: schema(resolvers), source: query, contextValue }).then((result) => ({ result, budget: contextValue.budget }));
};

describe('withExecutionBudget', () => {
  afterEach(() => jest.useRealTimers());

  it('leaves plain properties unwrapped and answers an operation within the limits untouched', async () => {
    expect((schema().getType('Item') as GraphQLObjectType).getFields().name.resolve).toBeUndefined();
    const { result, budget } = await run('{ items { name detail } numbers slow }');
    expect(result).toEqual({
      data: {
        items: [0, 1, 2].map((i) => ({ name: `item ${i}`, detail: `detail of item ${i}` })),
        numbers: [1, 2, 3],
        slow: 'slow',
      },
    });
    expect(budget.stopped).toBeUndefined();
  });

  it('counts every item of a list a resolver returns, promised or not, and stops the request over the limit', async () => {
    const justUnder = await run('{ numbers }', {
      numbers: () => Promise.resolve(Array.from({ length: REQUEST_LIMITS.values - 1 }, () => 1)),
    });
    expect(justUnder.result.errors).toBeUndefined();
    expect(justUnder.budget.stopped).toBeUndefined();

    const over = await run('{ items { name } after }', {
      items: () => Array.from({ length: REQUEST_LIMITS.values }, () => ({ name: 'x' })),
    });
    expect(over.budget.stopped).toBe(LimitReason.AnswerTooLarge);
    // The field after it fails at once too.
    expect(over.result.errors?.map((error) => error.path?.[0])).toEqual(['items', 'after']);
  });

  it('stops a request that runs past its deadline at its next resolver', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    const { result, budget } = await run('{ slow after }', {
      slow: () => {
        jest.advanceTimersByTime(REQUEST_LIMITS.deadlineMs + 1);
        return 'slow';
      },
    });
    expect(budget.stopped).toBe(LimitReason.TookTooLong);
    expect(result.data).toEqual({ slow: 'slow', after: null });
  });
});

describe('stoppedAnswer', () => {
  it('has nothing to say of a request within its budget: its own answer stands', () => {
    const budget = new ExecutionBudget();
    budget.spend(1000);
    expect(stoppedAnswer(budget)).toBeUndefined();
  });

  it('answers a stopped request with one error and no data', () => {
    const budget = new ExecutionBudget();
    expect(() => budget.spend(REQUEST_LIMITS.values + 1)).toThrow();
    expect(() => budget.spend(1)).toThrow();
    const answer = stoppedAnswer(budget)!;
    expect(answer.data).toBeNull();
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ANSWER_TOO_LARGE' });
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
