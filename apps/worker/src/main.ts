import 'reflect-metadata';
import { loadConfig, runProcess } from '@sanggar/core';
import { startWorker } from './bootstrap.js';

runProcess(async () => {
  await startWorker(loadConfig());
  process.stdout.write('Sanggar worker is running.\n');
});
