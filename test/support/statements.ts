import pg from 'pg';

/** The token check (IdentityService.callerRow), which CallerCache answers from memory for a caller it knows. */
export const isCallerCheck = (text: string) => text.includes('FROM "user" u LEFT JOIN hub_membership m ON m.user_id = u.id');
/** Cohorts read by id (CohortsService.cohortsByIds), which CohortRows answers from memory for a cohort it knows. */
export const isCohortRead = (text: string) => text.endsWith('FROM "cohort" WHERE id = ANY($1::uuid[])');

/**
 * The SQL texts sent to Postgres by this process while `work` runs (the api runs in the test
 * process, so its queries go through the same pg client class). The reads of rows the api remembers
 * (the token check, cohorts by id) are left out unless asked for: whether they run depends on what
 * earlier requests read, not on the work.
 */
export async function statementsSent(work: () => Promise<unknown>, { rememberedReads = false } = {}): Promise<string[]> {
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
  return rememberedReads ? sent : sent.filter((text) => !isCallerCheck(text) && !isCohortRead(text));
}

/** How many SQL statements `work` sends (see statementsSent). */
export async function countStatements(work: () => Promise<unknown>): Promise<number> {
  return (await statementsSent(work)).length;
}
