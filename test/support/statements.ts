import pg from 'pg';

/** The token check (IdentityService.callerRow), which CallerCache answers from memory for a caller it knows. */
export const isCallerCheck = (text: string) => text.includes('FROM "user" u LEFT JOIN hub_membership m ON m.user_id = u.id');

/**
 * The SQL texts sent to Postgres by this process while `work` runs (the api runs in the test
 * process, so its queries go through the same pg client class). The token check is left out unless
 * asked for: whether it runs depends on how recently the caller asked, not on the work.
 */
export async function statementsSent(work: () => Promise<unknown>, { callerChecks = false } = {}): Promise<string[]> {
  const prototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = prototype.query;
  const sent: string[] = [];
  prototype.query = function recordingQuery(this: unknown, ...args: unknown[]) {
    const [query] = args;
    sent.push(typeof query === 'string' ? query : String((query as { text?: string } | undefined)?.text));
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    prototype.query = original;
  }
  return callerChecks ? sent : sent.filter((text) => !isCallerCheck(text));
}

/** How many SQL statements `work` sends (see statementsSent). */
export async function countStatements(work: () => Promise<unknown>): Promise<number> {
  return (await statementsSent(work)).length;
}
