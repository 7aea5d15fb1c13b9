import type { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations/index.js';
import { SnakeNamingStrategy } from './naming-strategy.js';
import { pgTypes } from './timestamps.js';

/** The one set of DataSource options: the apps, the migration CLI and the tests all start from here. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension needed.
    uuidExtension: 'pgcrypto',
    url,
    migrations,
    migrationsRun: false,
    synchronize: false,
    namingStrategy: new SnakeNamingStrategy(),
    // SQL stays out of logs: statements can carry personal data.
    logging: false,
    extra: {
      max: 10,
      connectionTimeoutMillis: 5000,
      // A hub's data fits in memory (or on SSD): with the default random_page_cost of 4 the planner
      // read all 13,000 users to find the 200 of a roster instead of using the primary key.
      // No JIT: once a plan's estimate passes jit_above_cost, PostgreSQL compiles it for ~1 s to save
      // milliseconds (seen on a trial rewrite of the progress query whose row estimate was off).
      options: '-c random_page_cost=1.1 -c jit=off',
      types: pgTypes,
    },
  };
}
