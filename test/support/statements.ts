import pg from 'pg';

/**
 * The SQL texts sent to Postgres by this process while `work` runs (the api runs in the test
 * process, so its queries go through the same pg client class).
 */
export async function statementsSent(work: () => Promise<unknown>): Promise<string[]> {
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
  return sent;
}

/** How many SQL statements `work` sends (see statementsSent). */
export async function countStatements(work: () => Promise<unknown>): Promise<number> {
  return (await statementsSent(work)).length;
}
