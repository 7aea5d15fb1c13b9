/**
 * The peer the roster benchmark measures Sanggar against: PostGraphile 5 serving GraphQL straight
 * from the same PostgreSQL tables (the Amber preset, no plugins of ours). The benchmark installs
 * PostGraphile and Node 22 into a cache folder at run time, copies this file there and runs it; it
 * is never part of the product. DATABASE_URL and PORT come from the environment.
 */
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';

const port = Number(process.env.PORT);
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: process.env.DATABASE_URL, schemas: ['public'] })],
  grafserv: { port, graphiql: false },
  grafast: { explain: false },
});
const server = createServer();
pgl.createServ(grafserv).addTo(server);
server.listen(port, '127.0.0.1', () => console.log(`PostGraphile listening on ${port}`));
for (const signal of ['SIGTERM', 'SIGINT']) process.once(signal, () => server.close(() => pgl.release().then(() => process.exit(0))));
