import 'reflect-metadata';
import { closeOnSignals, loadConfig, runProcess } from '@sanggar/core';
import { startWorker } from './bootstrap.js';

runProcess(async () => {
  closeOnSignals(await startWorker(loadConfig()), 'Sanggar worker');
  process.stdout.write('Sanggar worker is running.\n');
});
