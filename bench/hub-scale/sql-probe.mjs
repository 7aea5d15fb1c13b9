/**
 * Preloaded into the api by the hub-scale benchmark only (`node --import`): counts the SQL statements
 * the api sends and the time they take, as running totals, and answers them itself at
 * `GET /__sql-probe` (`{"statements":…,"milliseconds":…}`). The benchmark reads them before and after
 * a run and divides by the run's requests. It patches the pg client the api loads, so the product
 * carries no probe.
 *
 * Totals, not a tally per request: telling one request's statements from another's under concurrency
 * takes AsyncLocalStorage, whose promise hooks (Node 20) cost the api a third more CPU on the
 * promise-heavy screens (hub home 16.0 → 24.4 ms per request) and would be measured as the api's.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

/** The path main.ts reads the totals at (api.ts, sqlTotals). */
const PROBE_PATH = '/__sql-probe';

const totals = { statements: 0, milliseconds: 0 };

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitUnlessProbe(event, request, response) {
  if (event !== 'request' || request.url !== PROBE_PATH) return emit.apply(this, arguments);
  response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(totals));
  return true;
};

const query = pg.Client.prototype.query;
pg.Client.prototype.query = function timedQuery(...args) {
  totals.statements += 1;
  const started = performance.now();
  const done = () => (totals.milliseconds += performance.now() - started);
  const callback = args.findLastIndex((arg) => typeof arg === 'function');
  if (callback >= 0) {
    const original = args[callback];
    args[callback] = (...results) => (done(), original(...results));
    return query.apply(this, args);
  }
  const result = query.apply(this, args);
  if (result && typeof result.then === 'function') result.then(done, done);
  return result;
};
