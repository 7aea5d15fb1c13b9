import 'reflect-metadata';
import { closeOnSignals, loadConfig, runProcess } from '@sanggar/core';
import { createApi } from './bootstrap.js';
import { DEMO_PASSWORD, demoLogins } from './seed/demo-data.js';
import { demoVerifyUrl, seedDemoIfEmpty } from './seed/demo-seed.js';

runProcess(async () => {
  const config = loadConfig();
  const app = await createApi(config);
  closeOnSignals(app, 'Sanggar api');
  const seeded = config.demo && (await seedDemoIfEmpty(app));
  await app.listen({ port: config.PORT, host: '0.0.0.0' });

  const lines = [
    ``,
    `Sanggar is ready. Log in at ${config.PUBLIC_URL}/`,
    `  GraphQL api: ${config.PUBLIC_URL}/graphql${config.isProduction ? '' : `  (explorer: ${config.PUBLIC_URL}/graphiql)`}  health: ${config.PUBLIC_URL}/health`,
  ];
  if (config.demo) {
    lines.push(
      seeded ? 'Demo data seeded. Demo logins (password for all: ' + DEMO_PASSWORD + '):' : `Demo logins (password: ${DEMO_PASSWORD}):`,
    );
    for (const login of demoLogins()) lines.push(`  ${login.role.padEnd(11)} ${login.email}${login.hub ? `  (${login.hub})` : ''}`);
    const verifyUrl = await demoVerifyUrl(app);
    if (verifyUrl) lines.push(`A demo certificate anyone can verify (no login): ${verifyUrl}`);
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);
});
