// `npm start`: runs the built api and worker side by side for a developer or a demo.
// Migrations run in whichever starts first (they take turns under a lock); demo data is seeded
// into an empty database; Ctrl+C stops both gracefully.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { NODE_FLAGS } from './node-flags.mjs';

/**
 * The secret both processes share, kept under var/ (mode 0600) so that logins, emailed links and
 * check-in codes survive a restart. Production gives JWT_SECRET itself.
 */
function developmentSecret() {
  const file = 'var/jwt-secret';
  try {
    return readFileSync(file, 'utf8').trim();
  } catch {
    mkdirSync('var', { recursive: true });
    const secret = randomBytes(36).toString('base64url');
    writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}

const env = { SANGGAR_DEMO: 'true', LOG_LEVEL: 'warn', ...process.env };
env.JWT_SECRET ||= developmentSecret();
const processes = ['worker', 'api'].map((app) =>
  spawn(process.execPath, [...NODE_FLAGS, `dist/apps/${app}/main.js`], { env, stdio: 'inherit' }),
);

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
