// `npm start`: runs the built api and worker side by side for a developer or a demo.
// Migrations run in whichever starts first (they take turns under a lock); demo data is seeded
// into an empty database; Ctrl+C stops both gracefully.
import { spawn } from 'node:child_process';

const env = { SANGGAR_DEMO: 'true', LOG_LEVEL: 'warn', ...process.env };
const processes = ['worker', 'api'].map((app) => spawn(process.execPath, [`dist/apps/${app}/main.js`], { env, stdio: 'inherit' }));

let stopping = false;
const stopAll = (signal) => {
  if (stopping) return;
  stopping = true;
  for (const child of processes) if (child.exitCode === null) child.kill(signal);
};
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(signal));
for (const child of processes) {
  child.on('exit', (code) => {
    if (!stopping) stopAll('SIGTERM');
    if (processes.every((p) => p.exitCode !== null || p.signalCode !== null)) process.exit(code ?? 0);
  });
}
