/** `npm run migrate [-- <database url>]`: creates the database if needed and applies pending migrations. */
import 'reflect-metadata';
import { loadConfig, runProcess } from '@sanggar/core';
import { prepareDatabase } from '@sanggar/database';

runProcess(async () => {
  const url = process.argv[2] ?? loadConfig().DATABASE_URL;
  const applied = await prepareDatabase(url);
  process.stdout.write(`migrations applied: ${applied}\n`);
});
