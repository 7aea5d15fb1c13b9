/**
 * Preloaded into the api by the hub-scale benchmark only (`node --import`): counts the SQL statements
 * each HTTP request sends and the time they take, and answers them in a `Server-Timing` header
 * (`sql;dur=12.3;desc="7"`). It patches the pg client the api loads, so the product carries no probe.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import pg from 'pg';

const requests = new AsyncLocalStorage();

const emit = http.Server.prototype.emit;
http.Server.prototype.emit = function emitWithinRequest(event, request, response) {
  if (event !== 'request') return emit.apply(this, arguments);
  const tally = { statements: 0, milliseconds: 0 };
  const writeHead = response.writeHead;
  response.writeHead = function writeHeadWithTiming(...args) {
    if (!this.headersSent) this.setHeader('server-timing', `sql;dur=${tally.milliseconds.toFixed(2)};desc="${tally.statements}"`);
    return writeHead.apply(this, args);
  };
  return requests.run(tally, () => emit.apply(this, arguments));
};

const query = pg.Client.prototype.query;
pg.Client.prototype.query = function timedQuery(...args) {
  const tally = requests.getStore();
  if (!tally) return query.apply(this, args);
  tally.statements += 1;
  const started = performance.now();
  const done = () => (tally.milliseconds += performance.now() - started);
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
